package org.heliodeck.plot.lod;

/** The smallest and largest finite value of some data; {@link #EMPTY} when it has none. */
public record ValueExtent(double min, double max) {

    public static final ValueExtent EMPTY = new ValueExtent(Double.NaN, Double.NaN);

    public ValueExtent {
        if (min > max) {
            throw new IllegalArgumentException("an extent from " + min + " down to " + max);
        }
    }

    public boolean isEmpty() {
        return Double.isNaN(min);
    }

    /** The extent covering both. */
    public ValueExtent union(ValueExtent other) {
        if (isEmpty()) {
            return other;
        }
        return other.isEmpty() ? this : new ValueExtent(Math.min(min, other.min), Math.max(max, other.max));
    }
}
