/**
 * The plot engine: panels of series, spectrograms and event zones on one shared time axis, drawn
 * in time that depends on the pixels, not on the number of points. Data is reduced per pixel
 * column ({@code lod}), axes get readable ticks ({@code axis}), values become colours
 * ({@code color}), renderers draw onto a {@link org.heliodeck.plot.Surface}: a JavaFX canvas, on
 * screen or headless, or an SVG or PDF document ({@code export}).
 */
package org.heliodeck.plot;
