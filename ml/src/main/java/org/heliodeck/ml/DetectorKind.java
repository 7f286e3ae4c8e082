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

    /** @throws IOException when the bytes are not a detector of this kind */
    Detector load(byte[] bytes) throws IOException;
}
