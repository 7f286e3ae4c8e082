package org.heliodeck.core.model;

/** {@link Values} backed by a {@code double[]}. */
final class DoubleValues extends Values {

    private final double[] data;

    DoubleValues(double[] data, int[] shape, int records, int offset, int stride) {
        super(shape, records, offset, stride);
        this.data = data;
    }

    @Override
    public double get(int record, int element) {
        return data[index(record, element)];
    }

    @Override
    Values view(int[] viewShape, int viewRecords, int viewOffset, int viewStride) {
        return new DoubleValues(data, viewShape, viewRecords, viewOffset, viewStride);
    }

    @Override
    Values allocate(int n) {
        return new DoubleValues(new double[Math.multiplyExact(n, recordSize())], shape(), n, 0, recordSize());
    }

    @Override
    Object array() {
        return data;
    }

    @Override
    void maskRange(int from, int to, double fill, double min, double max) {
        for (int i = from; i < to; i++) {
            double v = data[i];
            if (v == fill || v < min || v > max) {
                data[i] = Double.NaN;
            }
        }
    }

    @Override
    public boolean isSinglePrecision() {
        return false;
    }
}
