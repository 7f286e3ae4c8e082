package org.heliodeck.ml;

import org.heliodeck.ml.features.FeatureTable;

/**
 * Features with a 0/1 label a row, for training or validating a detector.
 *
 * @param labels one a row of {@code features}: 1 inside an event
 */
public record TrainingSet(FeatureTable features, float[] labels) {

    public TrainingSet {
        if (labels.length != features.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + features.rows() + " rows of features");
        }
    }
}
