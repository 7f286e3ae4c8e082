package org.heliodeck.ml;

import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureTable;

/**
 * The second, event-level stage of a detector: a classifier of the candidate intervals the step
 * scores give, described by {@link CandidateFeatures}, that keeps those whose probability of being
 * an event reaches {@code cut}. Step scores judge an hour from its neighbourhood; a whole interval
 * shows more (its duration, its field rotation, its speed profile, what came before), which is
 * what rejects most false positives.
 *
 * @param classifier scores candidate rows of {@link CandidateFeatures#names}
 * @param columns the step columns the candidates are described by
 * @param vector the columns among them of the field vector's components, or none
 * @param cut the probability a candidate needs to be kept, in [0, 1)
 */
public record EventStage(Detector classifier, List<String> columns, List<String> vector, double cut) {

    public EventStage {
        columns = List.copyOf(columns);
        vector = List.copyOf(vector);
        if (!(cut >= 0 && cut < 1)) {
            throw new IllegalArgumentException("the event stage's cut must be in [0, 1), not " + cut);
        }
    }

    /**
     * The candidates the classifier keeps, each with its probability as confidence.
     *
     * @param times the step starts of {@code scores} and {@code steps}
     * @param steps a table holding at least {@link #columns}, on the grid of {@code times}
     */
    public List<Suggestion> filter(List<Suggestion> candidates, long[] times, float[] scores, FeatureTable steps) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        float[] p = classifier.score(CandidateFeatures.of(candidates, times, scores, steps, columns, vector));
        List<Suggestion> kept = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            if (p[k] >= cut) {
                kept.add(new Suggestion(candidates.get(k).range(), p[k]));
            }
        }
        return kept;
    }

    /**
     * 1 for each candidate that detects an event as the scoring of Nguyen et al. counts it at
     * {@code threshold}: the candidate overlapping the event most, by more than {@code threshold} of
     * its duration. A candidate overlapping an event less (beside a better one, or only its edge) is
     * no false positive either, but teaches nothing to keep.
     */
    static float[] labels(List<Suggestion> candidates, List<TimeRange> events, double threshold) {
        float[] labels = new float[candidates.size()];
        for (TimeRange event : events) {
            int best = -1;
            long bestOverlap = 0;
            for (int k = 0; k < candidates.size(); k++) {
                TimeRange c = candidates.get(k).range();
                long overlap = Math.min(c.stop(), event.stop()) - Math.max(c.start(), event.start());
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = k;
                }
            }
            if (best >= 0 && bestOverlap > threshold * event.duration()) {
                labels[best] = 1;
            }
        }
        return labels;
    }
}
