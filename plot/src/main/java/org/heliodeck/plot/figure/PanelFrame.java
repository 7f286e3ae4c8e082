package org.heliodeck.plot.figure;

import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;

/**
 * Where a panel's data goes: its plot area on the surface and how times and values map onto it.
 * A layer drawing into a raster draws at raster pixel (x − left, y − top).
 */
public record PanelFrame(TimeMapping time, ValueMapping values) {

    public double left() {
        return time.left();
    }

    public double top() {
        return values.top();
    }

    public double width() {
        return time.width();
    }

    public double height() {
        return values.height();
    }

    public TimeRange visible() {
        return time.visible();
    }

    /** The same mappings with the plot area's top-left corner at (0, 0): what raster pixels use. */
    public PanelFrame atOrigin() {
        return new PanelFrame(new TimeMapping(time.visible(), 0, time.width()),
                new ValueMapping(values.min(), values.max(), values.log(), 0, values.height()));
    }
}
