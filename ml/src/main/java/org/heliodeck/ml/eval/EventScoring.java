package org.heliodeck.ml.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heliodeck.core.time.TimeRange;

/**
 * Event-level scoring as in Nguyen et al. 2019 (ApJ 874:145), the convention of the ICME detection
 * literature: predictions shorter than a minimum duration are dropped; a true event is detected when
 * its largest overlap with one single prediction exceeds {@code threshold × its duration}; a kept
 * prediction that overlaps no true event at all is a false positive.
 *
 * <p>Overlap is the length of the intersection, so intervals that only touch do not overlap. A
 * zero-length true event has no duration to exceed: it is detected by a prediction that contains its
 * instant (start included, stop excluded), and only such a prediction overlaps it.
 */
public final class EventScoring {

    /** Nguyen et al. drop predictions shorter than 2.5 hours before scoring. */
    public static final Duration MIN_PREDICTION = Duration.ofMinutes(150);
    /** The thresholds the field reports: the paper's loose one, and a majority overlap. */
    public static final List<Double> THRESHOLDS = List.of(0.1, 0.51);

    private static final double NANOS_PER_HOUR = 3.6e12;

    private final long minPrediction;

    public EventScoring() {
        this(MIN_PREDICTION);
    }

    public EventScoring(Duration minPrediction) {
        this.minPrediction = minPrediction.toNanos();
    }

    /**
     * @param threshold in [0, 1)
     * @throws IllegalArgumentException when the threshold is outside [0, 1)
     */
    public EventScore score(List<TimeRange> truth, List<TimeRange> predicted, double threshold) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("the overlap threshold must be in [0, 1), not " + threshold);
        }
        List<TimeRange> kept = predicted.stream().filter(p -> p.duration() >= minPrediction).toList();
        boolean[] overlapsSome = new boolean[kept.size()];
        int detected = 0;
        List<Double> startErrors = new ArrayList<>();
        List<Double> endErrors = new ArrayList<>();
        for (TimeRange event : truth) {
            int best = -1;
            long bestOverlap = -1;
            for (int i = 0; i < kept.size(); i++) {
                TimeRange p = kept.get(i);
                if (!overlaps(event, p)) {
                    continue;
                }
                overlapsSome[i] = true;
                long overlap = overlap(event, p);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = i;
                }
            }
            if (best >= 0 && (event.duration() == 0 || bestOverlap > threshold * event.duration())) {
                detected++;
                startErrors.add(Math.abs(kept.get(best).start() - event.start()) / NANOS_PER_HOUR);
                endErrors.add(Math.abs(kept.get(best).stop() - event.stop()) / NANOS_PER_HOUR);
            }
        }
        int falsePositives = 0;
        int tight = 0;
        for (int i = 0; i < kept.size(); i++) {
            if (!overlapsSome[i]) {
                falsePositives++;
            } else if (mostlyOneEvent(kept.get(i), truth, threshold)) {
                tight++;
            }
        }
        return new EventScore(threshold, truth.size(), kept.size(), detected, falsePositives, median(startErrors),
                median(endErrors), tight, hours(kept), hours(truth));
    }

    /** Scores at each of {@link #THRESHOLDS}. */
    public List<EventScore> scoreAtStandardThresholds(List<TimeRange> truth, List<TimeRange> predicted) {
        return THRESHOLDS.stream().map(t -> score(truth, predicted, t)).toList();
    }

    /** The intervals that overlap {@code range}: how a scored period is cut out of whole catalogs. */
    public static List<TimeRange> within(List<TimeRange> intervals, TimeRange range) {
        return intervals.stream().filter(i -> i.start() < range.stop() && i.stop() > range.start()
                || i.duration() == 0 && range.contains(i.start())).toList();
    }

    private static boolean mostlyOneEvent(TimeRange prediction, List<TimeRange> truth, double threshold) {
        for (TimeRange event : truth) {
            if (overlap(event, prediction) > threshold * prediction.duration()) {
                return true;
            }
        }
        return false;
    }

    private static double hours(List<TimeRange> intervals) {
        return intervals.stream().mapToLong(TimeRange::duration).sum() / NANOS_PER_HOUR;
    }

    private static boolean overlaps(TimeRange event, TimeRange prediction) {
        if (event.duration() == 0) {
            return prediction.start() <= event.start() && event.start() < prediction.stop();
        }
        return overlap(event, prediction) > 0;
    }

    private static long overlap(TimeRange a, TimeRange b) {
        return Math.max(0, Math.min(a.stop(), b.stop()) - Math.max(a.start(), b.start()));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
