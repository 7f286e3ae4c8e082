package org.heliodeck.ml;

import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureSpec;

/**
 * What to train: labels from a catalog, features of a specification over a range.
 *
 * @param validationFraction the last part of {@code range}, by time, kept for validation: it stops the
 *     boosting, and the validated detector scores it out of fold. Never random rows: neighbouring
 *     hours are nearly the same sample, and a random split would score the model on what it has seen.
 * @param labelThreshold a step is labelled an event when at least this fraction of it lies in one
 * @param refit whether the detector is then trained again on the whole range, to the size validation
 *     chose: the validation years then teach it too (its recorded validation scores are those of the
 *     detector before)
 * @param eventStage whether an {@link EventStage} is trained to reject candidate intervals
 */
public record TrainingRequest(LabelCatalog catalog, FeatureSpec spec, TimeRange range, double validationFraction,
        double labelThreshold, long seed, boolean refit, boolean eventStage) {

    public TrainingRequest {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be in (0, 1), not " + validationFraction);
        }
        if (!(labelThreshold > 0 && labelThreshold <= 1)) {
            throw new IllegalArgumentException("the label threshold must be in (0, 1], not " + labelThreshold);
        }
        if (range.isEmpty()) {
            throw new IllegalArgumentException("the training range " + range + " is empty");
        }
    }

    /** This request over another range. */
    public TrainingRequest over(TimeRange value) {
        return new TrainingRequest(catalog, spec, value, validationFraction, labelThreshold, seed, refit, eventStage);
    }
}
