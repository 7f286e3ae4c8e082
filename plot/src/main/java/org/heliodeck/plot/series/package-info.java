/**
 * Time series renderers: reduced series components drawn as lines, steps or scatter into a pixel
 * raster (or as polylines for vector export), vectors with a colour and legend entry per component,
 * and the y extent of what is visible for auto-ranging.
 */
package org.heliodeck.plot.series;
