package org.heliodeck.ml;

import java.time.Duration;
import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.eval.EventScore;
import org.heliodeck.ml.eval.EventScoring;

/**
 * Chooses the {@link IntervalExtraction} that scores best on out-of-fold scores of the training
 * range: the mean of {@link EventScore#tightF1()} at the two standard thresholds (the convention's F1
 * would choose intervals that never close), over a small grid of smoothing widths, thresholds,
 * minimum durations and merge gaps. Never given data outside the training range.
 */
final class ExtractionTuning {

    private static final int[] SMOOTHING = {1, 3, 5, 9};
    /** Low ones too: events are a small minority of the steps, so a calibrated score is rarely high. */
    private static final double[] HIGH = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7};
    /** The closing threshold as a fraction of the opening one. */
    private static final double[] LOW_RATIO = {1, 0.75, 0.5};
    private static final int[] MIN_HOURS = {3, 6, 10};
    private static final int[] MERGE_HOURS = {0, 3, 6, 12};

    private ExtractionTuning() {}

    static IntervalExtraction best(long[] times, Duration cadence, float[] scores, List<TimeRange> events) {
        EventScoring scoring = new EventScoring();
        IntervalExtraction best = null;
        double bestF1 = -1;
        for (int smoothing : SMOOTHING) {
            for (double high : HIGH) {
                for (double ratio : LOW_RATIO) {
                    for (int min : MIN_HOURS) {
                        for (int merge : MERGE_HOURS) {
                            IntervalExtraction x = new IntervalExtraction(smoothing, high, high * ratio,
                                    Duration.ofHours(min), Duration.ofHours(merge));
                            List<TimeRange> predicted = x.extract(times, cadence, scores).stream().map(Suggestion::range).toList();
                            double f1 = objective(scoring.scoreAtStandardThresholds(events, predicted));
                            // Strictly better only: ties keep the earlier, simpler settings.
                            if (f1 > bestF1) {
                                bestF1 = f1;
                                best = x;
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    /** What tuning maximises: the mean {@link EventScore#tightF1()} of scores at the standard thresholds, 0 where undefined. */
    static double objective(List<EventScore> scores) {
        return scores.stream().mapToDouble(EventScore::tightF1).map(v -> Double.isNaN(v) ? 0 : v).average().orElse(0);
    }
}
