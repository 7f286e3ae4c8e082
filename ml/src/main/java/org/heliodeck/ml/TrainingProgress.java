package org.heliodeck.ml;

/** Told of each round of training, for progress bars; may cancel by throwing. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = (done, total) -> { };

    /** @param total the most rounds there will be (fewer when training stops early) */
    void round(int done, int total);
}
