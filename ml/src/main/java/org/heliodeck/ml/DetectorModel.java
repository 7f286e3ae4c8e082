package org.heliodeck.ml;

import java.util.List;
import java.util.Map;
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
 * @param validation the later part of {@code training} that stopped training and tuned {@code extraction}
 * @param validationScores event-level scores on {@code validation}, at the standard thresholds
 * @param facts other figures of the training (rows, rounds, seconds), by name
 */
public record DetectorModel(Detector detector, FeatureSpec spec, List<String> featureNames, String catalogId,
        TimeRange training, TimeRange validation, IntervalExtraction extraction, List<EventScore> validationScores,
        Map<String, Double> facts) {

    public DetectorModel {
        featureNames = List.copyOf(featureNames);
        validationScores = List.copyOf(validationScores);
        facts = Map.copyOf(facts);
    }

    /** This model with other extraction settings (after tuning them). */
    public DetectorModel withExtraction(IntervalExtraction value, List<EventScore> scores) {
        return new DetectorModel(detector, spec, featureNames, catalogId, training, validation, value, scores, facts);
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
