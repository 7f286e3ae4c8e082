package org.heliodeck.ml;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.eval.EventScore;
import org.heliodeck.ml.features.FeatureBuilder;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.FeatureTable;

/**
 * A detector with everything needed to use it again and to say what it is worth: the features it
 * reads, the catalog and ranges it learnt from, how its scores become events, its validation scores.
 * Saved and read by {@link ModelFile}.
 *
 * @param featureNames the columns the detector was trained on, in order
 * @param catalogId where the training labels came from ({@link LabelCatalog#id()})
 * @param training the range whose earlier part trained the detector
 * @param validation the later part of {@code training} that stopped the boosting
 * @param extraction how scores become candidate events, tuned on out-of-fold scores of {@code training}
 * @param validationScores event-level scores on {@code validation}, at the standard thresholds, of the
 *     out-of-fold scores there (before the refit)
 * @param eventStage the classifier of the intervals {@code extraction} gives, when there is one
 * @param facts other figures of the training (rows, rounds, seconds), by name
 */
public record DetectorModel(Detector detector, FeatureSpec spec, List<String> featureNames, String catalogId,
        TimeRange training, TimeRange validation, IntervalExtraction extraction, List<EventScore> validationScores,
        Optional<EventStage> eventStage, Map<String, Double> facts) {

    public DetectorModel {
        featureNames = List.copyOf(featureNames);
        validationScores = List.copyOf(validationScores);
        facts = Map.copyOf(facts);
    }

    /** This model with other extraction settings (after tuning them). */
    public DetectorModel withExtraction(IntervalExtraction value, List<EventScore> scores) {
        return new DetectorModel(detector, spec, featureNames, catalogId, training, validation, value, scores, eventStage, facts);
    }

    /** This model with another step detector, reading the same features. */
    public DetectorModel withDetector(Detector value) {
        return new DetectorModel(value, spec, featureNames, catalogId, training, validation, extraction, validationScores,
                eventStage, facts);
    }

    /** This model with an event stage (or none) and other facts. */
    public DetectorModel withEventStage(Optional<EventStage> value, Map<String, Double> newFacts) {
        return new DetectorModel(detector, spec, featureNames, catalogId, training, validation, extraction, validationScores,
                value, newFacts);
    }

    /** The step columns {@link #suggest} needs beside the scores: those the event stage describes candidates by. */
    public List<String> stepColumns() {
        return eventStage.map(EventStage::columns).orElse(List.of());
    }

    /**
     * The suggested events of a score series: the intervals {@link #extraction} gives, kept by the
     * event stage when there is one.
     *
     * @param steps a table holding at least {@link #stepColumns()}, on the grid of {@code times}
     */
    public List<Suggestion> suggest(long[] times, float[] scores, FeatureTable steps) {
        Duration cadence = spec.cadence();
        List<Suggestion> candidates = extraction.extract(times, cadence, scores);
        return eventStage.map(stage -> stage.filter(candidates, times, scores, steps)).orElse(candidates);
    }

    /**
     * The detector's score at each step of {@code features}, NaN where no input had data (a gap
     * scores nothing rather than whatever the trees say about all-missing rows).
     *
     * @throws IllegalArgumentException when a feature the detector needs is not in the table
     */
    public float[] score(FeatureTable features) {
        FeatureTable aligned = aligned(features);
        float[] scores = detector.score(aligned);
        int gap = featureNames.indexOf(FeatureBuilder.GAP);
        if (gap >= 0) {
            for (int r = 0; r < scores.length; r++) {
                if (aligned.get(r, gap) >= 1) {
                    scores[r] = Float.NaN;
                }
            }
        }
        return scores;
    }

    /**
     * The table's columns in the order of {@link #featureNames}; a column the data did not give this
     * time (a vector product entirely missing from a range) is all NaN.
     */
    private FeatureTable aligned(FeatureTable features) {
        if (features.names().equals(featureNames)) {
            return features;
        }
        int n = featureNames.size();
        int[] from = new int[n];
        for (int c = 0; c < n; c++) {
            from[c] = features.names().indexOf(featureNames.get(c));
        }
        float[] out = new float[features.rows() * n];
        for (int r = 0; r < features.rows(); r++) {
            for (int c = 0; c < n; c++) {
                out[r * n + c] = from[c] < 0 ? Float.NaN : features.get(r, from[c]);
            }
        }
        return new FeatureTable(features.times(), featureNames, out);
    }
}
