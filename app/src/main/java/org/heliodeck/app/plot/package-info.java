/**
 * The plot panels of the desktop application: a stack of panels on one time axis ({@link
 * org.heliodeck.app.plot.PlotStack}), each drawing its products on a canvas and fetching the data
 * for the range shown in the background ({@link org.heliodeck.app.plot.ProductSource}).
 */
package org.heliodeck.app.plot;
