package org.heliodeck.plot.figure;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.LegendEntry;
import org.heliodeck.plot.Surface;

/**
 * The events of one catalog as translucent spans across the panel, each with its label at the top,
 * in the catalog's colour: the same events on every panel.
 */
public record ZoneLayer(String catalog, Color color, List<Zone> zones) implements Layer {

    /** One event: its interval and a short label (may be empty). */
    public record Zone(TimeRange range, String label) {}

    private static final double OPACITY = 0.22;
    private static final double LABEL_INSET = 3;

    public ZoneLayer {
        zones = List.copyOf(zones);
    }

    @Override
    public void drawVector(PanelFrame frame, Surface surface, boolean vectorData) {
        Color fill = color.deriveColor(0, 1, 1, OPACITY);
        for (Zone z : zones) {
            if (!z.range().overlaps(frame.visible())) {
                continue;
            }
            double x0 = Math.max(frame.left(), frame.time().x(z.range().start()));
            double x1 = Math.min(frame.left() + frame.width(), frame.time().x(z.range().stop()));
            surface.setFill(fill);
            surface.fillRect(x0, frame.top(), Math.max(1, x1 - x0), frame.height());
            surface.setStroke(color);
            surface.setLineWidth(1);
            surface.setLineDashes();
            surface.strokeLine(x0, frame.top(), x0, frame.top() + frame.height());
            surface.strokeLine(x1, frame.top(), x1, frame.top() + frame.height());
            if (!z.label().isEmpty() && surface.textWidth(z.label()) < x1 - x0) {
                surface.setFill(color.darker());
                surface.fillText(z.label(), x0 + LABEL_INSET, frame.top() + LABEL_INSET, TextAlignment.LEFT, VPos.TOP);
            }
        }
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(new LegendEntry(catalog, color));
    }
}
