package org.heliodeck.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.eval.EventScore;
import org.heliodeck.ml.eval.EventScoring;
import org.heliodeck.ml.features.FeatureBuilder;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.FeatureTable;

/**
 * Trains an {@link EventStage} on the candidate intervals of a training range, scored out of fold,
 * and gives the probability of each candidate from a classifier that did not learn from it (each of
 * {@value #BLOCKS} blocks of candidates, by time, is classified by one trained on the others) so that
 * what the stage keeps can be scored honestly on the training range.
 */
final class EventStageTraining {

    static final int BLOCKS = 4;
    private static final double[] CUTS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
    /** A candidate is labelled an event when it detects one at the loose threshold of the scoring. */
    static final double LABEL_THRESHOLD = 0.1;
    static final int ROUNDS = 200;
    /** Shallow trees: a few hundred candidates a training range, not a hundred thousand steps. */
    private static final XgboostDetectorKind KIND = XgboostDetectorKind.withParameters(Map.of("max_depth", 3,
            "min_child_weight", 2));

    private EventStageTraining() {}

    /**
     * The stage and each candidate's out-of-fold probability.
     *
     * @param stage absent when the candidates are all events or none: nothing to learn to reject
     */
    record Trained(Optional<EventStage> stage, float[] outOfFold) {}

    /**
     * @param all the features of the training range, whose step columns (those that are not window
     *     statistics) describe the candidates
     * @param scores out-of-fold step scores over {@code all}
     */
    static Trained train(List<Suggestion> candidates, FeatureTable all, float[] scores, FeatureSpec spec, List<TimeRange> events,
            long seed) {
        List<String> columns = all.names().stream().filter(n -> !FeatureBuilder.isWindowStatistic(n)).toList();
        String vectorParameter = spec.roles().get("B_vector");
        List<String> vector = columns.stream().filter(n -> vectorParameter != null && n.startsWith(vectorParameter + "_")).toList();
        FeatureTable described = CandidateFeatures.of(candidates, all.times(), scores, all.columns(columns), columns, vector);
        float[] labels = EventStage.labels(candidates, events, LABEL_THRESHOLD);
        float[] outOfFold = new float[candidates.size()];
        Arrays.fill(outOfFold, 1);
        if (!bothClasses(labels)) {
            return new Trained(Optional.empty(), outOfFold);
        }
        for (int b = 0; b < BLOCKS; b++) {
            int from = candidates.size() * b / BLOCKS;
            int to = candidates.size() * (b + 1) / BLOCKS;
            int[] others = IntStream.range(0, candidates.size()).filter(k -> k < from || k >= to).toArray();
            float[] otherLabels = new float[others.length];
            for (int i = 0; i < others.length; i++) {
                otherLabels[i] = labels[others[i]];
            }
            if (bothClasses(otherLabels) && to > from) {
                Detector classifier = KIND.train(new TrainingSet(described.select(others), otherLabels), ROUNDS, seed,
                        TrainingProgress.NONE);
                System.arraycopy(classifier.score(described.rows(from, to)), 0, outOfFold, from, to - from);
            }
        }
        Detector classifier = KIND.train(new TrainingSet(described, labels), ROUNDS, seed, TrainingProgress.NONE);
        double cut = bestCut(candidates, outOfFold, events);
        return new Trained(Optional.of(new EventStage(classifier, columns, vector, cut)), outOfFold);
    }

    /**
     * The cut whose kept candidates score best, by the mean of {@link EventScore#tightF1()} at the
     * standard thresholds, as the extraction is tuned; ties keep the lower cut.
     */
    static double bestCut(List<Suggestion> candidates, float[] probabilities, List<TimeRange> events) {
        EventScoring scoring = new EventScoring();
        double best = CUTS[0];
        double bestF1 = -1;
        for (double cut : CUTS) {
            List<TimeRange> kept = kept(candidates, probabilities, cut).stream().map(Suggestion::range).toList();
            double f1 = ExtractionTuning.objective(scoring.scoreAtStandardThresholds(events, kept));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = cut;
            }
        }
        return best;
    }

    /** The candidates whose probability reaches {@code cut}. */
    static List<Suggestion> kept(List<Suggestion> candidates, float[] probabilities, double cut) {
        List<Suggestion> kept = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (probabilities[k] >= cut) {
                kept.add(candidates.get(k));
            }
        }
        return kept;
    }

    private static boolean bothClasses(float[] labels) {
        int events = 0;
        for (float l : labels) {
            events += l > 0 ? 1 : 0;
        }
        return events > 0 && events < labels.length;
    }
}
