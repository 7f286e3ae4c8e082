package org.heliodeck.ml.eval;

import java.util.Locale;

/**
 * The event-level score of a list of predicted intervals against a list of true events.
 *
 * @param threshold the fraction of a true event's duration that one prediction must overlap to detect it
 * @param events true events scored
 * @param predictions predicted intervals kept (long enough to count)
 * @param detected true events detected (true positives)
 * @param falsePositives kept predictions that overlap no true event
 * @param medianStartErrorHours median of |predicted start − true start| over the detected events, in
 *     hours, the prediction being the one that overlaps the event most; NaN when none was detected
 * @param medianEndErrorHours the same for the ends
 * @param tightPredictions kept predictions that overlap one true event by more than {@code threshold}
 *     of their own duration: not part of the convention, which a few very long predictions can game
 *     (one prediction covering everything detects every event and is no false positive)
 * @param predictedHours total duration of the kept predictions
 * @param eventHours total duration of the true events
 */
public record EventScore(double threshold, int events, int predictions, int detected, int falsePositives,
        double medianStartErrorHours, double medianEndErrorHours, int tightPredictions, double predictedHours,
        double eventHours) {

    /** Detected events over detected events plus false positives; NaN when both are zero. */
    public double precision() {
        int claimed = detected + falsePositives;
        return claimed == 0 ? Double.NaN : (double) detected / claimed;
    }

    /** Detected events over true events; NaN when there are none. */
    public double recall() {
        return events == 0 ? Double.NaN : (double) detected / events;
    }

    public double f1() {
        return harmonicMean(precision(), recall());
    }

    /** The fraction of kept predictions that are mostly one event ({@link #tightPredictions}); NaN without predictions. */
    public double tightPrecision() {
        return predictions == 0 ? Double.NaN : (double) tightPredictions / predictions;
    }

    /** The harmonic mean of {@link #tightPrecision()} and {@link #recall()}: what tuning maximises, as it cannot be gamed. */
    public double tightF1() {
        return harmonicMean(tightPrecision(), recall());
    }

    private static double harmonicMean(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int missed() {
        return events - detected;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "thres %.2f: P %.3f R %.3f F1 %.3f (%d of %d events detected, %d false positives among %d predictions;"
                        + " median start error %.1f h, end error %.1f h; %d predictions mostly one event;"
                        + " %.0f h predicted for %.0f h of events)",
                threshold, precision(), recall(), f1(), detected, events, falsePositives, predictions,
                medianStartErrorHours, medianEndErrorHours, tightPredictions, predictedHours, eventHours);
    }
}
