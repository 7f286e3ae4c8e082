package org.heliodeck.cdf;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.heliodeck.core.io.DataFormatException;

/**
 * An open CDF file. Opening reads the descriptors only (variables, attributes); values are decoded
 * on demand, a variable or a range of its records at a time, straight into primitive arrays.
 * Uncompressed files are memory-mapped. One open file may be read from several threads at once.
 *
 * <p>Every problem with the file's content raises {@link DataFormatException}, naming the file and
 * the offset (and the variable and record where it applies).
 */
public final class CdfFile implements AutoCloseable {

    private final FileImage image;
    private final int version;
    private final int release;
    private final int increment;
    private final ByteOrder order;
    private final boolean rowMajor;
    private final List<CdfVariable> variables;
    private final Map<String, CdfVariable> byName;
    private final List<CdfAttribute> globalAttributes;
    private final Map<CdfVariable, Storage> storage;
    private final Map<CdfVariable, RecordIndex> indexes = new ConcurrentHashMap<>();
    private final InflatedBlocks inflated = new InflatedBlocks(64L << 20);

    /** Where a variable's records are kept, and what missing records read as. */
    private record Storage(long vxrHead, byte[] pad, Compression compression, int recordBytes) {}

    private CdfFile(FileImage image, Descriptors d) {
        this.image = image;
        this.version = d.version;
        this.release = d.release;
        this.increment = d.increment;
        this.order = d.order;
        this.rowMajor = d.rowMajor;
        this.variables = List.copyOf(d.variables);
        Map<String, CdfVariable> names = new LinkedHashMap<>();
        for (CdfVariable v : variables) {
            names.putIfAbsent(v.name(), v);
        }
        this.byName = names;
        this.globalAttributes = List.copyOf(d.globals);
        this.storage = Map.copyOf(d.storage);
    }

    /**
     * Opens a CDF and reads its descriptors.
     *
     * @throws DataFormatException when the file is not a readable CDF
     * @throws IOException when the file cannot be opened
     */
    public static CdfFile open(Path file) throws IOException {
        FileImage image = FileImage.open(file);
        try {
            return new CdfFile(image, new Descriptors(image));
        } catch (DataFormatException e) {
            image.close();
            throw e;
        } catch (RuntimeException e) {
            image.close();
            throw new DataFormatException(file.toString(), "", "the descriptors cannot be read: " + e, e);
        }
    }

    /** Version as the file states it, e.g. {@code 3.8.0}. */
    public String version() {
        return version + "." + release + "." + increment;
    }

    public boolean isRowMajor() {
        return rowMajor;
    }

    /** The byte order of the values (descriptors are always big-endian). */
    public ByteOrder byteOrder() {
        return order;
    }

    /** Whether the whole file is compressed (and was decompressed into memory on opening). */
    public boolean isWholeFileCompressed() {
        return image.isWholeFileCompressed();
    }

    /** The variables in file order: rVariables first, then zVariables, each by number. */
    public List<CdfVariable> variables() {
        return variables;
    }

    public Optional<CdfVariable> variable(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The global attributes, in attribute-number order. */
    public List<CdfAttribute> globalAttributes() {
        return globalAttributes;
    }

    public String source() {
        return image.source();
    }

    /** Every record of a variable. */
    public CdfData read(CdfVariable variable) {
        return read(variable, 0, variable.records());
    }

    /**
     * Records {@code [from, from + count)} of a variable. Records the file does not hold read as the
     * pad value, or as the previous record for "previous" sparse variables.
     */
    public CdfData read(CdfVariable variable, int from, int count) {
        Storage s = storage.get(variable);
        if (s == null) {
            throw new IllegalArgumentException(variable.name() + " is not a variable of " + source());
        }
        if (from < 0 || count < 0 || (long) from + count > Math.max(variable.records(), 0)) {
            throw new IllegalArgumentException("records " + from + ".." + ((long) from + count - 1) + " are outside the "
                    + variable.records() + " records of " + variable.name());
        }
        try {
            return decode(variable, s, from, count);
        } catch (IllegalStateException e) {
            throw new DataFormatException(source(), "", "the file was closed before " + variable.name() + " was read", e);
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            throw new DataFormatException(source(), "variable " + variable.name(), "its records cannot be read: " + e.getMessage(), e);
        }
    }

    private CdfData decode(CdfVariable variable, Storage s, int from, int count) {
        CdfData data = CdfData.allocate(variable, count);
        int slots = data.slotsPerRecord();
        if (count == 0 || slots == 0) {
            return data;
        }
        RecordIndex index = indexes.computeIfAbsent(variable, v -> RecordIndex.read(image, s.vxrHead(), v.name()));
        RecordIndex.Block[] blocks = index.blocks();
        // Compressed blocks fill disjoint parts of the array, so they are inflated in parallel; a
        // "previous" sparse variable needs each record before the next, so it goes in order.
        boolean parallel = variable.sparseness() != CdfVariable.Sparseness.PREVIOUS;
        List<Runnable> inflations = new ArrayList<>();
        int record = from;
        int end = from + count;
        int b = index.firstBlockEndingAtOrAfter(from);
        while (record < end) {
            RecordIndex.Block block = b < blocks.length ? blocks[b] : null;
            int gapEnd = block == null ? end : Math.min(end, block.first());
            if (record < gapEnd) {
                fillMissing(variable, s, data, from, record, gapEnd);
                record = gapEnd;
                continue;
            }
            int stop = Math.min(end, block.last() + 1);
            RecordCursor vvr = image.cursor(block.offset(), RecordType.VVR);
            int at = (record - from) * slots;
            int firstRecord = record;
            if (vvr.type() == RecordType.CVVR.code) {
                Runnable inflation = () -> inflate(variable, s, data, block, vvr, firstRecord, stop, at);
                if (parallel) {
                    inflations.add(inflation);
                } else {
                    inflation.run();
                }
            } else {
                long offset = vvr.position() + (long) (record - block.first()) * s.recordBytes();
                long need = (long) (stop - record) * s.recordBytes();
                if (offset + need > vvr.end()) {
                    throw image.error(block.offset(), "the VVR of records " + block.first() + ".." + block.last() + " of "
                            + variable.name() + " is shorter than they need: truncated or corrupted");
                }
                data.copyFrom(image.bytes(), offset, order, at, (stop - record) * slots);
            }
            record = stop;
            b++;
        }
        if (inflations.size() == 1) {
            inflations.getFirst().run();
        } else if (!inflations.isEmpty()) {
            inflations.parallelStream().forEach(Runnable::run);
        }
        if (!rowMajor && variable.dims().length > 1) {
            data.toRowMajor(variable.dims());
        }
        return data;
    }

    /** Inflates a compressed block and copies records [first, stop) of it into the data, from slot {@code at}. */
    private void inflate(CdfVariable variable, Storage s, CdfData data, RecordIndex.Block block, RecordCursor cvvr,
            int first, int stop, int at) {
        RecordCursor c = image.cursor(block.offset(), RecordType.VVR);
        c.int32();
        long packed = c.offset();
        long unpacked = (long) (block.last() - block.first() + 1) * s.recordBytes();
        if (s.compression() == null || unpacked > Integer.MAX_VALUE - 16) {
            throw image.error(block.offset(), "a compressed block of " + variable.name() + " cannot be read here");
        }
        byte[] plain = inflated.get(block.offset(), () -> s.compression().decompress(image, c.position(),
                Math.min(packed, c.end() - c.position()), (int) unpacked,
                "records " + block.first() + ".." + block.last() + " of " + variable.name()));
        data.copyFrom(MemorySegment.ofArray(plain), (long) (first - block.first()) * s.recordBytes(), order, at,
                (stop - first) * data.slotsPerRecord());
    }

    /** Records [from, to) that the file does not hold. */
    private void fillMissing(CdfVariable variable, Storage s, CdfData data, int base, int from, int to) {
        int slots = data.slotsPerRecord();
        int first = from;
        if (variable.sparseness() == CdfVariable.Sparseness.PREVIOUS && from > base) {
            for (int r = from; r < to; r++) {
                data.copyWithin((r - 1 - base) * slots, (r - base) * slots, slots);
            }
            return;
        }
        if (variable.sparseness() == CdfVariable.Sparseness.PREVIOUS && from > 0) {
            // The first record asked for is missing: its "previous" lies before the range asked for.
            CdfData before = read(variable, from - 1, 1);
            data.copyFrom(MemorySegment.ofArray(encode(before)), 0, order, 0, slots);
            for (int r = from + 1; r < to; r++) {
                data.copyWithin((r - 1 - base) * slots, (r - base) * slots, slots);
            }
            return;
        }
        MemorySegment pad = MemorySegment.ofArray(s.pad());
        int padSlots = s.pad().length / (s.recordBytes() / slots);
        for (int r = first; r < to; r++) {
            for (int v = 0; v < slots; v += padSlots) {
                data.copyFrom(pad, 0, order, (r - base) * slots + v, padSlots);
            }
        }
    }

    /** One record's bytes in the file's order, to seed a "previous" record from outside the range read. */
    private byte[] encode(CdfData record) {
        int slots = record.slotsPerRecord();
        int width = record.type().size() / (record.type().isText() ? 1 : record.type().numbersPerElement());
        MemorySegment out = MemorySegment.ofArray(new byte[slots * width]);
        Object array = record.array();
        switch (array) {
            case byte[] a -> MemorySegment.copy(a, 0, out, ValueLayout.JAVA_BYTE, 0, slots);
            case short[] a -> MemorySegment.copy(a, 0, out, ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), 0, slots);
            case int[] a -> MemorySegment.copy(a, 0, out, ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0, slots);
            case long[] a -> MemorySegment.copy(a, 0, out, ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), 0, slots);
            case float[] a -> MemorySegment.copy(a, 0, out, ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order), 0, slots);
            case double[] a -> MemorySegment.copy(a, 0, out, ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order), 0, slots);
            default -> throw new IllegalStateException("unexpected array " + array.getClass());
        }
        return out.toArray(ValueLayout.JAVA_BYTE);
    }

    @Override
    public void close() {
        image.close();
    }

    /** Everything read from the descriptor records when the file is opened. */
    private static final class Descriptors {
        int version;
        int release;
        int increment;
        ByteOrder order;
        boolean rowMajor;
        final List<CdfVariable> variables = new ArrayList<>();
        final List<CdfAttribute> globals = new ArrayList<>();
        final Map<CdfVariable, Storage> storage = new HashMap<>();

        /** Entry numbers are variable numbers or small counts; a damaged one must not size a list. */
        private static final int MAX_ENTRY_NUMBER = 1_000_000;

        private final FileImage image;
        private boolean before25;
        private int[] rDimSizes;

        Descriptors(FileImage image) {
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
                storage.put(v, new Storage(d.vxrHead, d.pad, d.compression, d.recordBytes));
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
            java.util.Set<Long> seen = new java.util.HashSet<>();
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
            java.util.Set<Long> seen = new java.util.HashSet<>();
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
            java.util.Set<Long> seen = new java.util.HashSet<>();
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
}
