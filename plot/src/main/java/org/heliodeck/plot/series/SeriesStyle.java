package org.heliodeck.plot.series;

/** How the samples of a series are joined. */
public enum SeriesStyle {
    /** Straight lines from sample to sample. */
    LINE,
    /** The value held until the next sample, then a vertical jump. */
    STEP,
    /** Marks only, no joins. */
    SCATTER
}
