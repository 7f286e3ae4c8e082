package org.heliodeck.plot.color;

/**
 * Values to positions along a colour map: {@code min} at 0, {@code max} at 1, linearly or
 * logarithmically, values outside clamped to the ends (a value at or below zero on a log scale is
 * below any minimum, so it takes the lowest colour). NaN stays NaN, and so transparent.
 */
public record ColorScale(double min, double max, boolean log) {

    public ColorScale {
        if (!(max > min) || Double.isInfinite(min) || Double.isInfinite(max) || log && !(min > 0)) {
            throw new IllegalArgumentException("cannot scale colours over " + (log ? "log " : "") + "[" + min + ", " + max + "]");
        }
    }

    public static ColorScale linear(double min, double max) {
        return new ColorScale(min, max, false);
    }

    public static ColorScale log(double min, double max) {
        return new ColorScale(min, max, true);
    }

    /** Where {@code value} falls, in [0, 1]; NaN for NaN. */
    public double fraction(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double f = log
                ? value <= 0 ? 0 : (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min))
                : (value - min) / (max - min);
        return Math.min(1, Math.max(0, f));
    }

    /** The value at position {@code f} in [0, 1]: the inverse of {@link #fraction} inside the range. */
    public double value(double f) {
        return log ? Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min))) : min + f * (max - min);
    }

    /** The colour of {@code value} in {@code map}; transparent for NaN. */
    public int argb(double value, ColorMap map) {
        return map.lookup(fraction(value));
    }
}
