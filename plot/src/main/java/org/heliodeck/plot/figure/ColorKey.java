package org.heliodeck.plot.figure;

import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.color.ColorScale;

/** What a colour bar beside a panel shows: the map, the values' scale and their title with units. */
public record ColorKey(ColorMap map, ColorScale scale, String title) {}
