package org.heliodeck.plot.figure;

import java.util.List;
import org.heliodeck.core.time.TimeRange;

/** Panels stacked on one shared time axis, over the visible range, in a theme. */
public record Figure(List<Panel> panels, TimeRange visible, Theme theme) {

    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (visible.isEmpty()) {
            throw new IllegalArgumentException("the visible range " + visible + " is empty");
        }
    }
}
