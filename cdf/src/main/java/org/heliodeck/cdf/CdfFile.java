package org.heliodeck.cdf;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private final Map<CdfVariable, VariableStorage> storage;
    private final Map<CdfVariable, RecordIndex> indexes = new ConcurrentHashMap<>();
    private final InflatedBlocks inflated = new InflatedBlocks(64L << 20);

    private CdfFile(FileImage image, DescriptorReader d) {
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
            return new CdfFile(image, new DescriptorReader(image));
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
        VariableStorage s = storage.get(variable);
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

    private CdfData decode(CdfVariable variable, VariableStorage s, int from, int count) {
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
    private void inflate(CdfVariable variable, VariableStorage s, CdfData data, RecordIndex.Block block, RecordCursor cvvr,
            int first, int stop, int at) {
        // The cursor stands just after the CVVR's record header; each block has its own, so blocks inflate in parallel.
        cvvr.int32();
        long packed = cvvr.offset();
        long unpacked = (long) (block.last() - block.first() + 1) * s.recordBytes();
        if (s.compression() == null || unpacked > Integer.MAX_VALUE - 16) {
            throw image.error(block.offset(), "a compressed block of " + variable.name() + " cannot be read here");
        }
        byte[] plain = inflated.get(block.offset(), () -> s.compression().decompress(image, cvvr.position(),
                Math.min(packed, cvvr.end() - cvvr.position()), (int) unpacked,
                "records " + block.first() + ".." + block.last() + " of " + variable.name()));
        data.copyFrom(MemorySegment.ofArray(plain), (long) (first - block.first()) * s.recordBytes(), order, at,
                (stop - first) * data.slotsPerRecord());
    }

    /** Records [from, to) that the file does not hold. */
    private void fillMissing(CdfVariable variable, VariableStorage s, CdfData data, int base, int from, int to) {
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
}
