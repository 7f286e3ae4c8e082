package org.heliodeck.core.model;

import java.util.function.DoubleBinaryOperator;

/**
 * Reduces a variable to one record per time bin of a fixed cadence. Bins are {@code [origin +
 * k·cadence, origin + (k+1)·cadence)}; each output record is stamped with its bin's start.
 *
 * <p>Statistics ignore NaN: a bin whose samples of an element are all NaN gives NaN for that
 * element. A bin holding no record at all is dropped rather than filled with NaN, so that a gap in
 * the data stays a gap and resampling across a long one costs nothing.
 */
public final class Resampler {

    /** How the samples of one element in one bin become one value. */
    public enum Statistic {
        MEAN {
            @Override
            double over(Values values, int from, int to, int element) {
                double sum = 0;
                int count = 0;
                for (int r = from; r < to; r++) {
                    double v = values.get(r, element);
                    if (!Double.isNaN(v)) {
                        sum += v;
                        count++;
                    }
                }
                return count == 0 ? Double.NaN : sum / count;
            }
        },
        MIN {
            @Override
            double over(Values values, int from, int to, int element) {
                return extreme(values, from, to, element, Math::min);
            }
        },
        MAX {
            @Override
            double over(Values values, int from, int to, int element) {
                return extreme(values, from, to, element, Math::max);
            }
        },
        /** The sample nearest the bin's start (its time stamp): the first one in the bin that is not NaN. */
        NEAREST {
            @Override
            double over(Values values, int from, int to, int element) {
                for (int r = from; r < to; r++) {
                    double v = values.get(r, element);
                    if (!Double.isNaN(v)) {
                        return v;
                    }
                }
                return Double.NaN;
            }
        };

        /** The statistic of element {@code element} over records {@code [from, to)}. */
        abstract double over(Values values, int from, int to, int element);

        /** The sample that {@code pick} prefers to every other, NaN skipped. */
        private static double extreme(Values values, int from, int to, int element, DoubleBinaryOperator pick) {
            double extreme = Double.NaN;
            for (int r = from; r < to; r++) {
                double v = values.get(r, element);
                if (!Double.isNaN(v)) {
                    extreme = Double.isNaN(extreme) ? v : pick.applyAsDouble(extreme, v);
                }
            }
            return extreme;
        }
    }

    private final long cadence;
    private final long origin;

    /**
     * @param cadenceNanos bin width in nanoseconds
     * @param originNanos a TT2000 instant on a bin boundary: e.g. 0 aligns bins to multiples of the
     *     cadence since J2000, a UTC midnight aligns daily bins to UTC days
     * @throws IllegalArgumentException when {@code cadenceNanos} is not positive
     */
    public Resampler(long cadenceNanos, long originNanos) {
        if (cadenceNanos <= 0) {
            throw new IllegalArgumentException("resampling cadence must be positive, not " + cadenceNanos + " ns");
        }
        this.cadence = cadenceNanos;
        this.origin = originNanos;
    }

    /** {@code source} reduced to one record per non-empty bin, as doubles; time-varying bins are reduced alike. */
    public Variable resample(Variable source, Statistic statistic) {
        Bins bins = binsOf(source.time());
        return new Variable(source.product(), source.name(), TimeAxis.trusted(bins.starts),
                reduce(source.values(), bins, statistic),
                source.axes().stream().map(a -> a.followingRecords(v -> reduce(v, bins, statistic))).toList(),
                source.metadata());
    }

    /**
     * The non-empty bins of a time axis.
     *
     * @param starts each bin's start time
     * @param firsts each bin's first record, then one past the last record
     */
    private record Bins(long[] starts, int[] firsts) {}

    private Bins binsOf(TimeAxis time) {
        // Two passes over the times, so that nothing is allocated beyond the exact output size.
        int count = 0;
        long binEnd = Long.MIN_VALUE;
        for (int i = 0; i < time.size(); i++) {
            if (time.get(i) >= binEnd) {
                binEnd = binStart(time.get(i)) + cadence;
                count++;
            }
        }
        long[] starts = new long[count];
        int[] firsts = new int[count + 1];
        int b = 0;
        for (int i = 0; i < time.size(); i++) {
            if (b == 0 || time.get(i) >= starts[b - 1] + cadence) {
                starts[b] = binStart(time.get(i));
                firsts[b++] = i;
            }
        }
        firsts[count] = time.size();
        return new Bins(starts, firsts);
    }

    private long binStart(long t) {
        return origin + Math.floorDiv(Math.subtractExact(t, origin), cadence) * cadence;
    }

    private static Values reduce(Values values, Bins bins, Statistic statistic) {
        int size = values.recordSize();
        double[] out = new double[Math.multiplyExact(bins.starts.length, size)];
        for (int b = 0; b < bins.starts.length; b++) {
            for (int e = 0; e < size; e++) {
                out[b * size + e] = statistic.over(values, bins.firsts[b], bins.firsts[b + 1], e);
            }
        }
        return Values.of(out, values.shape());
    }
}
