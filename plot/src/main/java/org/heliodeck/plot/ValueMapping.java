package org.heliodeck.plot;

/**
 * Values to vertical pixel positions: {@code [min, max]} onto {@code height} pixels from
 * {@code top}, the largest value at the top; linear or logarithmic (then {@code min > 0}).
 */
public record ValueMapping(double min, double max, boolean log, double top, double height) {

    public ValueMapping {
        if (!(max > min) || !(height > 0) || log && !(min > 0)) {
            throw new IllegalArgumentException("cannot map " + (log ? "log " : "") + "[" + min + ", " + max + "] onto "
                    + height + " pixels");
        }
    }

    public double y(double value) {
        double f = log ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (value - min) / (max - min);
        return top + (1 - f) * height;
    }

    public double value(double y) {
        double f = 1 - (y - top) / height;
        return log ? Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min))) : min + f * (max - min);
    }
}
