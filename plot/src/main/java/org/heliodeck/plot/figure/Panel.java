package org.heliodeck.plot.figure;

import java.util.List;
import java.util.Optional;
import org.heliodeck.plot.axis.AutoRange;

/**
 * One panel of a figure: its layers drawn in order, its y axis (linear or log; a manual range, or
 * the visible data's) and the axis title (e.g. {@code |B| (nT)}).
 */
public record Panel(List<Layer> layers, String yTitle, boolean logY, Optional<AutoRange.Range> yRange) {

    public Panel {
        layers = List.copyOf(layers);
    }

    public static Panel of(String yTitle, Layer... layers) {
        return new Panel(List.of(layers), yTitle, false, Optional.empty());
    }

    public Panel withLogY(boolean log) {
        return new Panel(layers, yTitle, log, yRange);
    }

    /** The y range held fixed (a locked axis), or none to follow the visible data. */
    public Panel withYRange(Optional<AutoRange.Range> range) {
        return new Panel(layers, yTitle, logY, range);
    }

    public Panel withLayer(Layer layer) {
        List<Layer> more = new java.util.ArrayList<>(layers);
        more.add(layer);
        return new Panel(more, yTitle, logY, yRange);
    }
}
