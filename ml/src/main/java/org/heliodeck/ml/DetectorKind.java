package org.heliodeck.ml;

import java.io.IOException;

/** One kind of model: trains detectors and reads saved ones back. */
public interface DetectorKind {

    /** Stored in model files, to find the kind again when loading. */
    String name();

    /**
     * Trains on {@code training}; {@code validation}, a later stretch of time, decides when to stop.
     * The same data and seed give the same detector.
     */
    Detector train(TrainingSet training, TrainingSet validation, long seed, TrainingProgress progress);

    /**
     * Trains again on {@code all} (the training and the validation parts together) a detector of
     * the size {@code validated} reached when validation stopped it: what validation chose, learnt
     * from all the data.
     */
    Detector refit(TrainingSet all, Detector validated, long seed, TrainingProgress progress);

    /** @throws IOException when the bytes are not a detector of this kind */
    Detector load(byte[] bytes) throws IOException;
}
