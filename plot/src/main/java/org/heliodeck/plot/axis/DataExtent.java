package org.heliodeck.plot.axis;

/**
 * The extent of the finite values seen: their minimum and maximum, and the smallest positive one
 * (what a log axis can show). NaN (missing data, fill) and infinities are left out. Empty until a
 * finite value is included: then {@code min} is NaN.
 */
public record DataExtent(double min, double max, double minPositive) {

    private static final DataExtent EMPTY = new DataExtent(Double.NaN, Double.NaN, Double.NaN);

    public static DataExtent empty() {
        return EMPTY;
    }

    /** The extent of {@code values[from, to)}. */
    public static DataExtent of(double[] values, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double minPositive = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = values[i];
            // NaN fails both comparisons; infinities are filtered by the finiteness test below.
            if (v > Double.NEGATIVE_INFINITY && v < Double.POSITIVE_INFINITY) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                if (v > 0) {
                    minPositive = Math.min(minPositive, v);
                }
            }
        }
        return min > max ? EMPTY : new DataExtent(min, max, minPositive == Double.POSITIVE_INFINITY ? Double.NaN : minPositive);
    }

    /** The extent of the values {@code min} and {@code max} (either may be NaN): e.g. what a series' reduction reports. */
    public static DataExtent of(double min, double max) {
        return EMPTY.including(min).including(max);
    }

    public boolean isEmpty() {
        return Double.isNaN(min);
    }

    /** This extent widened to hold {@code value} when it is finite. */
    public DataExtent including(double value) {
        if (!(value > Double.NEGATIVE_INFINITY && value < Double.POSITIVE_INFINITY)) {
            return this;
        }
        double positive = value > 0 && !(value >= minPositive) ? value : minPositive;
        return isEmpty()
                ? new DataExtent(value, value, positive)
                : new DataExtent(Math.min(min, value), Math.max(max, value), positive);
    }

    /** The extent of both. */
    public DataExtent union(DataExtent other) {
        if (other.isEmpty()) {
            return this;
        }
        return including(other.min).including(other.max).including(other.minPositive);
    }
}
