package org.heliodeck.cdf;

/** Where a variable's records are kept in the file, and what missing records read as. */
record VariableStorage(long vxrHead, byte[] pad, Compression compression, int recordBytes) {}
