package org.heliodeck.app.catalog;

import java.util.List;

/**
 * Values counted in equal bins from {@code min} to {@code max}; the last bin holds {@code max}.
 *
 * @param counts one per bin
 */
public record Histogram(double min, double max, int[] counts) {

    /** The values (NaN left out) in {@code bins} bins spanning them; one bin of width 1 when they are all equal. */
    public static Histogram of(List<Double> values, int bins) {
        double[] finite = values.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Histogram(0, 1, new int[bins]);
        }
        double min = java.util.Arrays.stream(finite).min().orElseThrow();
        double max = java.util.Arrays.stream(finite).max().orElseThrow();
        if (max == min) {
            max = min + 1;
        }
        int[] counts = new int[bins];
        for (double v : finite) {
            counts[Math.min(bins - 1, (int) ((v - min) / (max - min) * bins))]++;
        }
        return new Histogram(min, max, counts);
    }

    public double binWidth() {
        return (max - min) / counts.length;
    }

    public int total() {
        return java.util.Arrays.stream(counts).sum();
    }
}
