package org.heliodeck.plot.figure;

import javafx.scene.paint.Color;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.axis.DataExtent;
import org.heliodeck.core.time.TimeRange;

/** A dashed line at a value (horizontal, e.g. Dst = −50 nT) or at a time (vertical, e.g. a shock). */
public record ReferenceLine(boolean atTime, double value, long time, Color color) implements Layer {

    private static final double[] DASHES = {6, 4};

    public static ReferenceLine atValue(double value, Color color) {
        return new ReferenceLine(false, value, 0, color);
    }

    public static ReferenceLine atTime(long time, Color color) {
        return new ReferenceLine(true, Double.NaN, time, color);
    }

    /** A horizontal line takes part in the auto-range, so that it stays in view. */
    @Override
    public DataExtent extent(TimeRange visible) {
        return atTime ? DataExtent.empty() : DataExtent.of(value, value);
    }

    @Override
    public void drawVector(PanelFrame frame, Surface surface, boolean vectorData) {
        surface.setStroke(color);
        surface.setLineWidth(1);
        surface.setLineDashes(DASHES);
        if (atTime) {
            double x = frame.time().x(time);
            surface.strokeLine(x, frame.top(), x, frame.top() + frame.height());
        } else {
            double y = frame.values().y(value);
            surface.strokeLine(frame.left(), y, frame.left() + frame.width(), y);
        }
        surface.setLineDashes();
    }
}
