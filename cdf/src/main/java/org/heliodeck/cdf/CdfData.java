package org.heliodeck.cdf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Decoded values of a variable over a range of records, in one primitive array of the type's own
 * width (no widening, no boxing), row-major within each record whatever the file's majority.
 * Numbers are read back with {@link #number}; unsigned types read as their unsigned value.
 */
public abstract sealed class CdfData permits CdfData.Bytes, CdfData.Shorts, CdfData.Ints, CdfData.Longs, CdfData.Floats, CdfData.Doubles {

    private final CdfDataType type;
    private final int records;
    private final int slotsPerRecord;
    private final int elements;

    CdfData(CdfDataType type, int records, int slotsPerRecord, int elements) {
        this.type = type;
        this.records = records;
        this.slotsPerRecord = slotsPerRecord;
        this.elements = elements;
    }

    /** Storage for {@code records} records of {@code variable}. */
    static CdfData allocate(CdfVariable variable, int records) {
        CdfDataType type = variable.type();
        int perValue = type.isText() ? variable.elements() : type.numbersPerElement();
        long slots = (long) records * variable.valuesPerRecord() * perValue;
        if (slots > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(records + " records of " + variable.name()
                    + " hold more than 2^31 values: read fewer records at a time");
        }
        // A damaged descriptor can ask for billions of values: refuse before the heap runs out.
        long bytes = slots * Math.max(1, type.isText() ? 1 : type.size() / type.numbersPerElement());
        long allowed = Runtime.getRuntime().maxMemory() / 4;
        if (bytes > allowed) {
            throw new IllegalArgumentException(records + " records of " + variable.name() + " need " + bytes / 1_000_000
                    + " MB, more than a quarter of the " + allowed * 4 / 1_000_000 + " MB this JVM may use: read fewer records at a time");
        }
        int perRecord = variable.valuesPerRecord() * perValue;
        int n = (int) slots;
        return switch (type) {
            case INT1, UINT1, BYTE, CHAR, UCHAR -> new Bytes(type, records, perRecord, variable.elements(), new byte[n]);
            case INT2, UINT2 -> new Shorts(type, records, perRecord, new short[n]);
            case INT4, UINT4 -> new Ints(type, records, perRecord, new int[n]);
            case INT8, TIME_TT2000 -> new Longs(type, records, perRecord, new long[n]);
            case REAL4, FLOAT -> new Floats(type, records, perRecord, new float[n]);
            case REAL8, DOUBLE, EPOCH, EPOCH16 -> new Doubles(type, records, perRecord, new double[n]);
        };
    }

    public CdfDataType type() {
        return type;
    }

    public int records() {
        return records;
    }

    /** Array slots per record: values × (characters per string, or 2 for EPOCH16, else 1). */
    public int slotsPerRecord() {
        return slotsPerRecord;
    }

    /** How many numbers (or characters, for text) the data holds. */
    public int size() {
        return records * slotsPerRecord;
    }

    /** The {@code i}-th number; unsigned types give their unsigned value. Not for text. */
    public abstract double number(int i);

    /** The underlying array: byte[], short[], int[], long[], float[] or double[]. */
    public abstract Object array();

    /** The numbers as doubles (a copy; for text types, character codes). */
    public double[] toDoubles() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(i);
        }
        return out;
    }

    /** The {@code value}-th string of a record of a text variable, trailing NULs removed (see {@link CdfText}). */
    public String text(int record, int value) {
        if (!type.isText()) {
            throw new IllegalStateException(type + " values are not text");
        }
        return CdfText.decode(((Bytes) this).values, record * slotsPerRecord + value * elements, elements);
    }

    /** Copies {@code slots} slots encoded in {@code order} from {@code src} into slots from {@code at}. */
    abstract void copyFrom(MemorySegment src, long offset, ByteOrder order, int at, int slots);

    /** Copies slots within the array (used to repeat a record or a pad value). */
    final void copyWithin(int from, int to, int slots) {
        System.arraycopy(array(), from, array(), to, slots);
    }

    /** Reorders each record from column-major (first index fastest) to row-major (last index fastest). */
    final void toRowMajor(int[] dims) {
        int values = 1;
        for (int d : dims) {
            values *= d;
        }
        int perValue = slotsPerRecord / Math.max(values, 1);
        int[] source = columnMajorSourceOf(dims, values);
        Object array = array();
        Object record = java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), slotsPerRecord);
        for (int r = 0; r < records; r++) {
            int base = r * slotsPerRecord;
            System.arraycopy(array, base, record, 0, slotsPerRecord);
            for (int v = 0; v < values; v++) {
                System.arraycopy(record, source[v] * perValue, array, base + v * perValue, perValue);
            }
        }
    }

    /** For each row-major value index, the column-major index that holds the same value. */
    private static int[] columnMajorSourceOf(int[] dims, int values) {
        int[] source = new int[values];
        int[] index = new int[dims.length];
        for (int v = 0; v < values; v++) {
            int c = 0;
            for (int d = dims.length - 1; d >= 0; d--) {
                c = c * dims[d] + index[d];
            }
            source[v] = c;
            for (int d = dims.length - 1; d >= 0; d--) {
                if (++index[d] < dims[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return source;
    }

    static final class Bytes extends CdfData {
        final byte[] values;

        Bytes(CdfDataType type, int records, int perRecord, int elements, byte[] values) {
            super(type, records, perRecord, elements);
            this.values = values;
        }

        @Override
        public double number(int i) {
            return type() == CdfDataType.UINT1 ? values[i] & 0xFF : values[i];
        }

        @Override
        public Object array() {
            return values;
        }

        @Override
        void copyFrom(MemorySegment src, long offset, ByteOrder order, int at, int slots) {
            MemorySegment.copy(src, ValueLayout.JAVA_BYTE, offset, values, at, slots);
        }
    }

    static final class Shorts extends CdfData {
        final short[] values;

        Shorts(CdfDataType type, int records, int perRecord, short[] values) {
            super(type, records, perRecord, 1);
            this.values = values;
        }

        @Override
        public double number(int i) {
            return type() == CdfDataType.UINT2 ? values[i] & 0xFFFF : values[i];
        }

        @Override
        public Object array() {
            return values;
        }

        @Override
        void copyFrom(MemorySegment src, long offset, ByteOrder order, int at, int slots) {
            MemorySegment.copy(src, ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), offset, values, at, slots);
        }
    }

    static final class Ints extends CdfData {
        final int[] values;

        Ints(CdfDataType type, int records, int perRecord, int[] values) {
            super(type, records, perRecord, 1);
            this.values = values;
        }

        @Override
        public double number(int i) {
            return type() == CdfDataType.UINT4 ? values[i] & 0xFFFF_FFFFL : values[i];
        }

        @Override
        public Object array() {
            return values;
        }

        @Override
        void copyFrom(MemorySegment src, long offset, ByteOrder order, int at, int slots) {
            MemorySegment.copy(src, ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), offset, values, at, slots);
        }
    }

    static final class Longs extends CdfData {
        final long[] values;

        Longs(CdfDataType type, int records, int perRecord, long[] values) {
            super(type, records, perRecord, 1);
            this.values = values;
        }

        @Override
        public double number(int i) {
            return values[i];
        }

        /** The exact value (TT2000 nanoseconds, INT8). */
        public long integer(int i) {
            return values[i];
        }

        @Override
        public Object array() {
            return values;
        }

        @Override
        void copyFrom(MemorySegment src, long offset, ByteOrder order, int at, int slots) {
            MemorySegment.copy(src, ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), offset, values, at, slots);
        }
    }

    static final class Floats extends CdfData {
        final float[] values;

        Floats(CdfDataType type, int records, int perRecord, float[] values) {
            super(type, records, perRecord, 1);
            this.values = values;
        }

        @Override
        public double number(int i) {
            return values[i];
        }

        @Override
        public Object array() {
            return values;
        }

        @Override
        void copyFrom(MemorySegment src, long offset, ByteOrder order, int at, int slots) {
            MemorySegment.copy(src, ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order), offset, values, at, slots);
        }
    }

    static final class Doubles extends CdfData {
        final double[] values;

        Doubles(CdfDataType type, int records, int perRecord, double[] values) {
            super(type, records, perRecord, 1);
            this.values = values;
        }

        @Override
        public double number(int i) {
            return values[i];
        }

        @Override
        public Object array() {
            return values;
        }

        @Override
        void copyFrom(MemorySegment src, long offset, ByteOrder order, int at, int slots) {
            MemorySegment.copy(src, ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order), offset, values, at, slots);
        }
    }
}
