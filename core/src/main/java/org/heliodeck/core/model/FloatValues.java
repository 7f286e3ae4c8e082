package org.heliodeck.core.model;

/** {@link Values} backed by a {@code float[]}: half the memory of doubles, read back as double. */
final class FloatValues extends Values {

    private final float[] data;

    FloatValues(float[] data, int[] shape, int records, int offset, int stride) {
        super(shape, records, offset, stride);
        this.data = data;
    }

    @Override
    public double get(int record, int element) {
        return data[index(record, element)];
    }

    @Override
    Values view(int[] viewShape, int viewRecords, int viewOffset, int viewStride) {
        return new FloatValues(data, viewShape, viewRecords, viewOffset, viewStride);
    }

    @Override
    Values allocate(int n) {
        return new FloatValues(new float[Math.multiplyExact(n, recordSize())], shape(), n, 0, recordSize());
    }

    @Override
    Object array() {
        return data;
    }

    @Override
    void maskRange(int from, int to, double fill, double min, double max) {
        // A float fill such as -1e31f widens to a double that differs from the decimal -1e31 a
        // reader may have stored, so compare in float.
        float floatFill = (float) fill;
        for (int i = from; i < to; i++) {
            float v = data[i];
            if (v == floatFill || v < min || v > max) {
                data[i] = Float.NaN;
            }
        }
    }

    @Override
    public boolean isSinglePrecision() {
        return true;
    }
}
