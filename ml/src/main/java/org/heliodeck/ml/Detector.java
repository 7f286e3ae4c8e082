package org.heliodeck.ml;

import org.heliodeck.ml.features.FeatureTable;

/**
 * A trained model that scores each step of a feature table: the probability-like confidence that the
 * step lies inside an event. Implementations are made by a {@link DetectorKind}, which also reads
 * them back, so that models other than XGBoost (an ONNX network, a rule) plug in alike.
 */
public interface Detector {

    /** The name of the {@link DetectorKind} that reads this detector back. */
    String kind();

    /**
     * One score in [0, 1] a row. The table's columns must be the ones the detector was trained on,
     * in the same order.
     */
    float[] score(FeatureTable features);

    /** The detector's own serialised form, for {@link DetectorKind#load}. */
    byte[] toBytes();
}
