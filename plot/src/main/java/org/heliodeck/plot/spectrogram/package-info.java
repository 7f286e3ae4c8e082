/**
 * Spectrograms: records of bins (energy, frequency…) drawn as coloured cells into a pixel raster
 * at a cost set by the pixels, and the colour bar that explains the colours.
 */
package org.heliodeck.plot.spectrogram;
