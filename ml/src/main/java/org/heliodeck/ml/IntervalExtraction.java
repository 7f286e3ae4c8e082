package org.heliodeck.ml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.time.TimeRange;

/**
 * Turns a score series into suggested events: the scores are smoothed by a centred moving average
 * (NaN ignored); an interval opens where the smoothed score reaches {@code high} and closes where it
 * falls below {@code low} (hysteresis: noise around one threshold does not split an event);
 * intervals separated by at most {@code mergeGap} are merged; those shorter than {@code minDuration}
 * are dropped. Each step {@code i} covers {@code [times[i], times[i+1])}.
 *
 * @param smoothing moving-average width in steps; 1 smooths nothing
 * @param high opening threshold, in (0, 1]
 * @param low closing threshold, at most {@code high}
 */
public record IntervalExtraction(int smoothing, double high, double low, Duration minDuration, Duration mergeGap) {

    /** A starting point before tuning: no smoothing, 0.5 to open and close, 6 h at least, nothing merged. */
    public static final IntervalExtraction DEFAULT = new IntervalExtraction(1, 0.5, 0.5, Duration.ofHours(6), Duration.ZERO);

    public IntervalExtraction {
        if (smoothing < 1) {
            throw new IllegalArgumentException("smoothing is at least 1 step, not " + smoothing);
        }
        if (!(high > 0 && high <= 1) || !(low >= 0 && low <= high)) {
            throw new IllegalArgumentException("thresholds need 0 <= low <= high <= 1 and high > 0: low " + low + ", high " + high);
        }
        if (minDuration.isNegative() || mergeGap.isNegative()) {
            throw new IllegalArgumentException("minimum duration and merge gap cannot be negative");
        }
    }

    /**
     * @param times step starts, increasing; the last step lasts {@code cadence}
     * @param scores one a step, NaN where there was no data
     */
    public List<Suggestion> extract(long[] times, Duration cadence, float[] scores) {
        double[] smooth = smoothed(scores);
        List<int[]> spans = hysteresis(smooth);
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            if (!merged.isEmpty() && start(times, span[0]) - end(times, merged.getLast()[1] - 1, cadence) <= mergeGap.toNanos()) {
                merged.getLast()[1] = span[1];
            } else {
                merged.add(span);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (int[] span : merged) {
            TimeRange range = new TimeRange(start(times, span[0]), end(times, span[1] - 1, cadence));
            if (range.duration() >= minDuration.toNanos()) {
                out.add(new Suggestion(range, mean(smooth, span[0], span[1])));
            }
        }
        return out;
    }

    /** Step index spans {@code [from, to)} of the hysteresis. */
    private List<int[]> hysteresis(double[] smooth) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < smooth.length; i++) {
            double s = smooth[i];
            if (open < 0 && s >= high) {
                open = i;
            } else if (open >= 0 && !(s >= low)) {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, smooth.length});
        }
        return spans;
    }

    private double[] smoothed(float[] scores) {
        double[] out = new double[scores.length];
        int half = smoothing / 2;
        for (int i = 0; i < scores.length; i++) {
            if (Float.isNaN(scores[i])) {
                out[i] = Double.NaN;
                continue;
            }
            double sum = 0;
            int count = 0;
            for (int j = Math.max(0, i - half); j < Math.min(scores.length, i - half + smoothing); j++) {
                if (!Float.isNaN(scores[j])) {
                    sum += scores[j];
                    count++;
                }
            }
            out[i] = sum / count;
        }
        return out;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static long start(long[] times, int step) {
        return times[step];
    }

    private static long end(long[] times, int step, Duration cadence) {
        return step + 1 < times.length ? times[step + 1] : times[step] + cadence.toNanos();
    }
}
