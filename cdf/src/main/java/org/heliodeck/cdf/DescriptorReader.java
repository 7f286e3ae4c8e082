package org.heliodeck.cdf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the descriptor records of a CDF when it is opened: the CDR and GDR, the chains of r- and
 * zVDRs, the ADRs and their entries. Field positions follow from reading fields in order
 * ({@link RecordCursor}), so the v2 and v3 layouts share this code; counts and sizes read from the
 * file are bounded before anything is allocated from them.
 */
final class DescriptorReader {
    int version;
    int release;
    int increment;
    ByteOrder order;
    boolean rowMajor;
    final List<CdfVariable> variables = new ArrayList<>();
    final List<CdfAttribute> globals = new ArrayList<>();
    final Map<CdfVariable, VariableStorage> storage = new HashMap<>();

    /** Entry numbers are variable numbers or small counts; a damaged one must not size a list. */
    private static final int MAX_ENTRY_NUMBER = 1_000_000;

    private final FileImage image;
    private boolean before25;
    private int[] rDimSizes;

    DescriptorReader(FileImage image) {
        this.image = image;
        RecordCursor cdr = image.cursor(8, RecordType.CDR);
        long gdrOffset = cdr.offset();
        version = cdr.int32();
        release = cdr.int32();
        int encoding = cdr.int32();
        int flags = cdr.int32();
        cdr.int32();
        cdr.int32();
        increment = cdr.int32();
        rowMajor = (flags & 1) != 0;
        if ((flags & 2) == 0) {
            throw image.error(8, "a multi-file CDF (one file per variable) is not supported; convert it to single-file");
        }
        order = byteOrderOf(encoding);
        before25 = version < 2 || version == 2 && release < 5;

        RecordCursor gdr = image.cursor(gdrOffset, RecordType.GDR);
        long rVdr = gdr.offset();
        long zVdr = gdr.offset();
        long adr = gdr.offset();
        gdr.offset();
        int nrVars = gdr.int32();
        int nAttrs = gdr.int32();
        gdr.int32();
        int rNumDims = gdr.int32();
        int nzVars = gdr.int32();
        gdr.offset();
        gdr.int32();
        gdr.int32();
        gdr.int32();
        checkCount(rNumDims, 10, "rVariable dimensions", gdrOffset);
        rDimSizes = new int[rNumDims];
        for (int i = 0; i < rNumDims; i++) {
            rDimSizes[i] = gdr.int32();
        }
        List<VariableDescription> described = new ArrayList<>();
        readVariables(rVdr, nrVars, false, described);
        readVariables(zVdr, nzVars, true, described);
        Map<Integer, Map<String, CdfEntry>> rAttributes = new HashMap<>();
        Map<Integer, Map<String, CdfEntry>> zAttributes = new HashMap<>();
        readAttributes(adr, nAttrs, rAttributes, zAttributes);
        for (VariableDescription d : described) {
            Map<String, CdfEntry> attributes = (d.z ? zAttributes : rAttributes).getOrDefault(d.number, Map.of());
            CdfVariable v = new CdfVariable(d.name, d.number, d.z, d.type, d.elements, d.dims, d.recordVarying,
                    d.maxRecord, d.sparseness, d.compression != null, attributes);
            variables.add(v);
            storage.put(v, new VariableStorage(d.vxrHead, d.pad, d.compression, d.recordBytes));
        }
    }

    private ByteOrder byteOrderOf(int encoding) {
        return switch (encoding) {
            case 1, 2, 5, 7, 9, 12, 18 -> ByteOrder.BIG_ENDIAN;
            case 4, 6, 13, 16, 17, 19 -> ByteOrder.LITTLE_ENDIAN;
            case 3, 14, 15 -> throw image.error(8, "VAX floating-point encoding (" + encoding + ") is not supported");
            default -> throw image.error(8, "unknown data encoding " + encoding);
        };
    }

    private void checkCount(long n, long max, String what, long at) {
        if (n < 0 || n > max) {
            throw image.error(at, n + " " + what + " is not plausible (0.." + max + ")");
        }
    }

    /** What a VDR says, before the attributes are known. */
    private record VariableDescription(String name, int number, boolean z, CdfDataType type, int elements, int[] dims,
            boolean recordVarying, int maxRecord, CdfVariable.Sparseness sparseness, long vxrHead, byte[] pad,
            Compression compression, int recordBytes) {}

    private void readVariables(long head, int count, boolean z, List<VariableDescription> out) {
        checkCount(count, 1_000_000, "variables", head);
        long at = head;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            if (at == 0 || !seen.add(at)) {
                throw image.error(at, "the chain of " + (z ? "z" : "r") + "Variables ends or loops after " + i + " of " + count);
            }
            RecordCursor vdr = image.cursor(at, z ? RecordType.ZVDR : RecordType.RVDR);
            long next = vdr.offset();
            int typeCode = vdr.int32();
            int maxRecord = vdr.int32();
            long vxrHead = vdr.offset();
            vdr.offset();
            int flags = vdr.int32();
            int sparse = vdr.int32();
            vdr.int32();
            vdr.int32();
            vdr.int32();
            if (before25) {
                vdr.skip(128);
            }
            int elements = vdr.int32();
            int number = vdr.int32();
            long cprOrSpr = vdr.offset();
            vdr.int32();
            String name = vdr.string(image.isV3() ? 256 : 64);
            int[] sizes;
            if (z) {
                int nDims = vdr.int32();
                checkCount(nDims, 10, "dimensions of " + name, at);
                sizes = new int[nDims];
                for (int d = 0; d < nDims; d++) {
                    sizes[d] = vdr.int32();
                }
            } else {
                sizes = rDimSizes.clone();
            }
            int[] varying = new int[sizes.length];
            int nVarying = 0;
            for (int d = 0; d < sizes.length; d++) {
                if (vdr.int32() != 0) {
                    checkCount(sizes[d], Integer.MAX_VALUE, "values along a dimension of " + name, at);
                    varying[nVarying++] = sizes[d];
                }
            }
            int[] dims = Arrays.copyOf(varying, nVarying);
            CdfDataType type = CdfDataType.ofCode(typeCode);
            if (type == null) {
                throw image.error(at, name + " has the unknown data type " + typeCode);
            }
            checkCount(elements, type.isText() ? 1_000_000 : 1, "elements per value of " + name, at);
            long values = 1;
            for (int d : dims) {
                values *= d;
                if (values > Integer.MAX_VALUE) {
                    throw image.error(at, name + " has records of more than 2^31 values");
                }
            }
            long recordBytes = values * elements * type.size();
            if (recordBytes > Integer.MAX_VALUE) {
                throw image.error(at, name + " has records of more than 2 GB");
            }
            int valueBytes = elements * type.size();
            byte[] pad = (flags & 2) != 0 ? padFromVdr(vdr, valueBytes, at, name) : DefaultPad.of(type, elements, order);
            Compression compression = (flags & 4) != 0 ? Compression.of(image, cprOrSpr) : null;
            CdfVariable.Sparseness sparseness = switch (sparse) {
                case 0 -> CdfVariable.Sparseness.NONE;
                case 1 -> CdfVariable.Sparseness.PAD;
                case 2 -> CdfVariable.Sparseness.PREVIOUS;
                default -> throw image.error(at, name + " has the unknown sparseness " + sparse);
            };
            out.add(new VariableDescription(name, number, z, type, elements, dims, (flags & 1) != 0, maxRecord,
                    sparseness, vxrHead, pad, compression, (int) recordBytes));
            at = next;
        }
    }

    private byte[] padFromVdr(RecordCursor vdr, int valueBytes, long at, String name) {
        long from = vdr.position();
        if (from + valueBytes > vdr.end()) {
            throw image.error(at, "the pad value of " + name + " runs past its VDR");
        }
        return image.bytes().asSlice(from, valueBytes).toArray(ValueLayout.JAVA_BYTE);
    }

    private void readAttributes(long head, int count, Map<Integer, Map<String, CdfEntry>> rAttributes,
            Map<Integer, Map<String, CdfEntry>> zAttributes) {
        checkCount(count, 1_000_000, "attributes", head);
        long at = head;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            if (at == 0 || !seen.add(at)) {
                throw image.error(at, "the chain of attributes ends or loops after " + i + " of " + count);
            }
            RecordCursor adr = image.cursor(at, RecordType.ADR);
            long next = adr.offset();
            long grHead = adr.offset();
            int scope = adr.int32();
            int number = adr.int32();
            int nGr = adr.int32();
            adr.int32(); // MAXgrEntry: the entries themselves say their numbers
            adr.int32();
            long zHead = adr.offset();
            int nZ = adr.int32();
            adr.int32();
            adr.int32();
            String name = adr.string(image.isV3() ? 256 : 64);
            boolean global = scope == 1 || scope == 3;
            if (global) {
                List<CdfEntry> entries = new ArrayList<>();
                EntrySink numbered = (n, e) -> {
                    while (entries.size() <= n) {
                        entries.add(null);
                    }
                    entries.set(n, e);
                };
                readEntries(grHead, nGr, name, numbered);
                readEntries(zHead, nZ, name, numbered);
                globals.add(new CdfAttribute(name, number, entries));
            } else {
                readEntries(grHead, nGr, name, (n, e) -> rAttributes.computeIfAbsent(n, k -> new LinkedHashMap<>()).put(name, e));
                readEntries(zHead, nZ, name, (n, e) -> zAttributes.computeIfAbsent(n, k -> new LinkedHashMap<>()).put(name, e));
            }
            at = next;
        }
    }

    private interface EntrySink {
        void accept(int number, CdfEntry entry);
    }

    private void readEntries(long head, int count, String attribute, EntrySink sink) {
        checkCount(count, 10_000_000, "entries of " + attribute, head);
        long at = head;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            if (at == 0 || !seen.add(at)) {
                throw image.error(at, "the entries of attribute " + attribute + " end or loop after " + i + " of " + count);
            }
            RecordCursor aedr = image.cursor(at, RecordType.AGREDR);
            long next = aedr.offset();
            aedr.int32();
            int typeCode = aedr.int32();
            int number = aedr.int32();
            checkCount(number, MAX_ENTRY_NUMBER, "as the number of an entry of " + attribute, at);
            int elements = aedr.int32();
            aedr.skip(20); // NumStrings and four reserved fields
            CdfDataType type = CdfDataType.ofCode(typeCode);
            if (type == null) {
                throw image.error(at, "entry " + number + " of attribute " + attribute + " has the unknown data type " + typeCode);
            }
            checkCount(elements, (aedr.end() - aedr.position()) / type.size(), "elements in entry " + number + " of " + attribute, at);
            sink.accept(number, entryValue(type, elements, aedr.position()));
            at = next;
        }
    }

    private CdfEntry entryValue(CdfDataType type, int elements, long at) {
        MemorySegment bytes = image.bytes();
        if (type.isText()) {
            byte[] raw = bytes.asSlice(at, elements).toArray(ValueLayout.JAVA_BYTE);
            return CdfEntry.text(type, CdfText.decode(raw, 0, raw.length));
        }
        CdfVariable shape = new CdfVariable("entry", 0, true, type, 1, new int[] {elements}, false, 0,
                CdfVariable.Sparseness.NONE, false, Map.of());
        CdfData data = CdfData.allocate(shape, 1);
        data.copyFrom(bytes, at, order, 0, data.slotsPerRecord());
        return switch (type) {
            case REAL4, REAL8, FLOAT, DOUBLE, EPOCH, EPOCH16 -> CdfEntry.reals(type, data.toDoubles());
            case INT8, TIME_TT2000 -> CdfEntry.integers(type, ((long[]) data.array()).clone());
            default -> {
                long[] values = new long[data.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (long) data.number(i);
                }
                yield CdfEntry.integers(type, values);
            }
        };
    }
}
