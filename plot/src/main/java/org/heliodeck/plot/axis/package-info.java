/**
 * Axes: where the ticks of a UTC time axis and of linear or logarithmic value axes go and how they
 * are labelled, the range a value axis shows when left to itself, and the text of axis titles.
 */
package org.heliodeck.plot.axis;
