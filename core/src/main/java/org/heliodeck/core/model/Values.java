package org.heliodeck.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The samples of a variable: for each record a block of numbers of one fixed {@link #shape()},
 * stored record-major in a single primitive array (double, or float where memory matters).
 *
 * <p>A {@code Values} may be a view of part of a larger array (a time slice, one component of a
 * vector), so slicing and component extraction copy nothing. Nothing here modifies samples, with
 * one exception: {@link Variable#of} writes NaN over fill values in the arrays it adopts. Equality is by content: same element type, shape
 * and samples, NaN equal to NaN.
 */
public abstract sealed class Values permits DoubleValues, FloatValues {

    private final int[] shape;
    private final int recordSize;
    private final int records;
    /** Index in the backing array of element 0 of record 0. */
    final int offset;
    /** Distance in the backing array between the starts of consecutive records. */
    final int stride;

    Values(int[] shape, int records, int offset, int stride) {
        this.shape = shape;
        this.recordSize = sizeOf(shape);
        this.records = records;
        this.offset = offset;
        this.stride = stride;
    }

    /**
     * Adopts {@code data} (not copied) as records of the given shape; an empty shape means one
     * scalar per record. The array length must be a whole number of records.
     */
    public static Values of(double[] data, int... shape) {
        int[] s = checkedShape(shape);
        return new DoubleValues(data, s, recordsIn(data.length, s), 0, sizeOf(s));
    }

    /** As {@link #of(double[], int...)}, for float samples: half the memory, read back as double. */
    public static Values of(float[] data, int... shape) {
        int[] s = checkedShape(shape);
        return new FloatValues(data, s, recordsIn(data.length, s), 0, sizeOf(s));
    }

    public final int records() {
        return records;
    }

    /** The shape of one record, e.g. {@code [3]} for a vector, {@code []} for a scalar. */
    public final int[] shape() {
        return shape.clone();
    }

    public final int rank() {
        return shape.length;
    }

    /** Number of elements in one record: the product of {@link #shape()}. */
    public final int recordSize() {
        return recordSize;
    }

    /** Element {@code element} (record-major flat index within the record) of record {@code record}. */
    public abstract double get(int record, int element);

    /** Whether the samples are stored as floats: writers then need no more than a float's digits. */
    public abstract boolean isSinglePrecision();

    /** Records {@code [from, to)} as a view sharing this array. */
    public final Values slice(int from, int to) {
        Objects.checkFromToIndex(from, to, records);
        if (from == 0 && to == records) {
            return this;
        }
        return view(shape, to - from, offset + from * stride, stride);
    }

    /** One element of every record, as a scalar view sharing this array. */
    final Values element(int element) {
        Objects.checkIndex(element, recordSize);
        return view(new int[0], records, offset + element, stride);
    }

    /** The given records, in the given order, copied into a new array. */
    final Values gather(int[] recordIndices) {
        Values out = allocate(recordIndices.length);
        // Nearly sorted input gives long runs of consecutive indices: copy each run at once.
        for (int i = 0; i < recordIndices.length; ) {
            int first = recordIndices[i];
            int j = i + 1;
            while (j < recordIndices.length && recordIndices[j] == first + (j - i)) {
                j++;
            }
            copyRecordsTo(first, j - i, out, i);
            i = j;
        }
        return out;
    }

    /** The records of {@code parts}, fragments sharing element type and shape, in the order of {@code plan}. */
    static Values merged(List<Values> parts, MergePlan plan) {
        Values out = parts.getFirst().allocate(plan.records());
        plan.forEachRun((part, from, count, at) -> parts.get(part).copyRecordsTo(from, count, out, at));
        return out;
    }

    /** True when {@code other} could be merged with this: same element type and record shape. */
    final boolean sameLayout(Values other) {
        return getClass() == other.getClass() && Arrays.equals(shape, other.shape);
    }

    final int index(int record, int element) {
        Objects.checkIndex(record, records);
        Objects.checkIndex(element, recordSize);
        return offset + record * stride + element;
    }

    abstract Values view(int[] viewShape, int viewRecords, int viewOffset, int viewStride);

    /** A new zeroed, contiguous array of the same element type and shape, for {@code n} records. */
    abstract Values allocate(int n);

    /** The backing primitive array, typed {@code Object} so that copying can serve both element types. */
    abstract Object array();

    /** Replaces samples {@code [from, to)} of the backing array that equal {@code fill} or lie outside {@code [min, max]} with NaN. */
    abstract void maskRange(int from, int to, double fill, double min, double max);

    /**
     * Copies records {@code [from, from + count)} into {@code dest}, a contiguous array of the same
     * element type from {@link #allocate}.
     */
    final void copyRecordsTo(int from, int count, Values dest, int destRecord) {
        if (stride == recordSize) {
            System.arraycopy(array(), offset + from * stride, dest.array(), destRecord * recordSize, count * recordSize);
            return;
        }
        for (int r = 0; r < count; r++) {
            System.arraycopy(array(), offset + (from + r) * stride, dest.array(), (destRecord + r) * recordSize, recordSize);
        }
    }

    /** Replaces, in the backing array, samples equal to {@code fill} or outside {@code [min, max]} with NaN. */
    final void maskInPlace(double fill, double min, double max) {
        if (stride == recordSize) {
            maskRange(offset, offset + records * recordSize, fill, min, max);
            return;
        }
        for (int r = 0; r < records; r++) {
            int start = offset + r * stride;
            maskRange(start, start + recordSize, fill, min, max);
        }
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Values other) || !sameLayout(other) || records != other.records) {
            return false;
        }
        for (int r = 0; r < records; r++) {
            for (int e = 0; e < recordSize; e++) {
                if (Double.doubleToLongBits(get(r, e)) != Double.doubleToLongBits(other.get(r, e))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public final int hashCode() {
        int h = Arrays.hashCode(shape);
        for (int r = 0; r < records; r++) {
            for (int e = 0; e < recordSize; e++) {
                h = 31 * h + Double.hashCode(get(r, e));
            }
        }
        return h;
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[records=" + records + ", shape=" + Arrays.toString(shape) + "]";
    }

    private static int[] checkedShape(int[] shape) {
        for (int d : shape) {
            if (d < 1) {
                throw new IllegalArgumentException("record shape " + Arrays.toString(shape) + " has a dimension below 1");
            }
        }
        return shape.clone();
    }

    private static int sizeOf(int[] shape) {
        int size = 1;
        for (int d : shape) {
            size = Math.multiplyExact(size, d);
        }
        return size;
    }

    private static int recordsIn(int length, int[] shape) {
        int size = sizeOf(shape);
        if (length % size != 0) {
            throw new IllegalArgumentException("array of " + length + " samples is not a whole number of records of shape "
                    + Arrays.toString(shape) + " (" + size + " samples each)");
        }
        return length / size;
    }
}
