package org.heliodeck.core.model;

import java.util.Arrays;

/**
 * Moves a variable onto another time axis by linear interpolation between its two records that
 * bracket each new time.
 *
 * <p>A new time gets NaN when it lies outside the source's span, when either bracketing sample
 * is NaN, or when the bracketing records are more than the maximum gap apart: a data gap is not
 * bridged with an invented straight line. A new time equal to a source time takes that record as is.
 */
public final class Interpolator {

    private final long maxGap;

    /**
     * @param maxGapNanos the largest distance between two source records that may be interpolated
     *     across; {@link Long#MAX_VALUE} bridges every gap
     * @throws IllegalArgumentException when {@code maxGapNanos} is not positive
     */
    public Interpolator(long maxGapNanos) {
        if (maxGapNanos <= 0) {
            throw new IllegalArgumentException("interpolation max gap must be positive, not " + maxGapNanos + " ns");
        }
        this.maxGap = maxGapNanos;
    }

    /** {@code source} with its values (and time-varying bins) interpolated onto {@code target}, as doubles. */
    public Variable onto(TimeAxis target, Variable source) {
        return new Variable(source.product(), source.name(), target, interpolate(source.time(), source.values(), target),
                source.axes().stream().map(a -> a.followingRecords(v -> interpolate(source.time(), v, target))).toList(),
                source.metadata());
    }

    /** {@code values}, recorded at {@code from}, interpolated onto {@code onto}: one pass over both axes. */
    Values interpolate(TimeAxis from, Values values, TimeAxis onto) {
        int size = values.recordSize();
        int n = from.size();
        double[] out = new double[Math.multiplyExact(onto.size(), size)];
        int j = 0;
        for (int i = 0; i < onto.size(); i++) {
            long t = onto.get(i);
            int base = i * size;
            if (n == 0 || t < from.get(0) || t > from.get(n - 1)) {
                Arrays.fill(out, base, base + size, Double.NaN);
                continue;
            }
            // Both axes increase, so the bracketing record only ever moves forward.
            while (j + 1 < n && from.get(j + 1) <= t) {
                j++;
            }
            long before = from.get(j);
            if (before == t) {
                for (int e = 0; e < size; e++) {
                    out[base + e] = values.get(j, e);
                }
                continue;
            }
            long after = from.get(j + 1);
            if (after - before > maxGap) {
                Arrays.fill(out, base, base + size, Double.NaN);
                continue;
            }
            double w = (double) (t - before) / (after - before);
            for (int e = 0; e < size; e++) {
                double a = values.get(j, e);
                out[base + e] = a + w * (values.get(j + 1, e) - a);
            }
        }
        return Values.of(out, values.shape());
    }
}
