package org.heliodeck.ml;

import org.heliodeck.core.time.TimeRange;

/** A suggested event: an interval where the detector's score stayed high, with its mean score as confidence. */
public record Suggestion(TimeRange range, double confidence) {}
