package org.heliodeck.core.model;

/** How a variable is meant to be drawn: one line per component, or a colour-coded spectrogram. */
public enum DisplayType {
    TIME_SERIES,
    SPECTROGRAM
}
