/**
 * Values to colours: 256-entry colour maps (perceptually uniform ones first) and the linear or
 * logarithmic scale that turns a value into a position along a map.
 */
package org.heliodeck.plot.color;
