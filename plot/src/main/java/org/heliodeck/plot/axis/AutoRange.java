package org.heliodeck.plot.axis;

/**
 * The range a value axis shows when the user has not fixed one: the visible data with a margin
 * so that extremes do not sit on the frame. A single value gets a range around it; no data gets
 * a default range, so that an empty panel still has an axis.
 */
public final class AutoRange {

    /** The range of a linear axis with no data. */
    public static final Range DEFAULT_LINEAR = new Range(0, 1);
    /** The range of a log axis with no data. */
    public static final Range DEFAULT_LOG = new Range(1, 10);

    /** Fraction of the span added below and above (of the span of logarithms on log axes). */
    private static final double MARGIN = 0.05;

    /** An axis range, {@code min < max}. */
    public record Range(double min, double max) {

        public Range {
            if (!(max > min)) {
                throw new IllegalArgumentException("empty axis range [" + min + ", " + max + "]");
            }
        }
    }

    private AutoRange() {}

    /** The range of a linear axis showing {@code data}. */
    public static Range linear(DataExtent data) {
        if (data.isEmpty()) {
            return DEFAULT_LINEAR;
        }
        double span = data.max() - data.min();
        if (!(span > Math.ulp(Math.max(Math.abs(data.min()), Math.abs(data.max()))) * 16)) {
            // One value: a tenth of it either side, or ±1 around zero.
            double half = data.max() == 0 ? 1 : Math.abs(data.max()) * 0.1;
            return new Range(data.min() - half, data.max() + half);
        }
        double margin = Double.isFinite(span) ? span * MARGIN : 0;
        return new Range(data.min() - margin, data.max() + margin);
    }

    /** The range of a log axis showing {@code data}: values at or below zero cannot be shown and are left out. */
    public static Range log(DataExtent data) {
        double low = data.minPositive();
        if (Double.isNaN(low)) {
            return DEFAULT_LOG;
        }
        double high = data.max();
        double decades = Math.log10(high) - Math.log10(low);
        if (!(decades > 1e-9)) {
            // One value: half a decade either side.
            return new Range(low / Math.sqrt(10), high * Math.sqrt(10));
        }
        double factor = Math.pow(10, decades * MARGIN);
        return new Range(low / factor, high * factor);
    }

    /** The range of {@code data} on a log axis when {@code log}, else on a linear one. */
    public static Range of(DataExtent data, boolean log) {
        return log ? log(data) : linear(data);
    }
}
