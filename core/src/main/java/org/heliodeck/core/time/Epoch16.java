package org.heliodeck.core.time;

/** A CDF EPOCH16 value: whole seconds since 0000-01-01T00:00:00 and picoseconds within that second. */
public record Epoch16(double seconds, double picoseconds) {}
