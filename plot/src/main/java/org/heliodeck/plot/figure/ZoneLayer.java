package org.heliodeck.plot.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.LegendEntry;
import org.heliodeck.plot.Surface;

/**
 * The events of one catalog as spans across the panel, each with its label at the top, in the
 * catalog's colour: the same events on every panel. {@link Style#FILLED} spans are translucent;
 * {@link Style#HATCHED} ones are diagonal lines between dashed edges, for events that are only
 * proposed (a detector's suggestions), so that they never read as stored ones where both overlap.
 */
public record ZoneLayer(String catalog, Color color, List<Zone> zones, Style style) implements Layer {

    /** One event: its interval and a short label (may be empty). */
    public record Zone(TimeRange range, String label) {}

    /** How the spans are drawn. */
    public enum Style {
        /** A translucent fill between solid edges. */
        FILLED,
        /** Diagonal lines between dashed edges, the data showing through untinted. */
        HATCHED
    }

    private static final double OPACITY = 0.22;
    private static final double LABEL_INSET = 3;
    /** Narrower zones (pixels) are drawn without their own edges and label. */
    private static final double MIN_EDGED = 3;
    /** Pixels between the hatching's lines, along x. */
    static final double HATCH_STEP = 8;
    private static final double[] DASHES = {5, 3};

    public ZoneLayer {
        zones = List.copyOf(zones);
    }

    /** Filled zones: a catalog's stored events. */
    public ZoneLayer(String catalog, Color color, List<Zone> zones) {
        this(catalog, color, zones, Style.FILLED);
    }

    /**
     * Zones whose pixel spans touch or overlap are filled as one run: a catalog of thousands of
     * events zoomed out to years would otherwise send thousands of translucent rectangles and edges
     * per panel per frame (1000 zones on 10 panels took a software-rendered frame from 9 to 150 ms).
     * The edges and label of a zone at least {@value #MIN_EDGED} pixels wide are drawn as before; a
     * run with narrower zones gets its two outer edges.
     */
    @Override
    public void drawVector(PanelFrame frame, Surface surface, boolean vectorData) {
        double left = frame.left();
        double right = frame.left() + frame.width();
        List<double[]> spans = new ArrayList<>();
        List<Zone> shown = new ArrayList<>();
        for (Zone z : zones) {
            if (z.range().overlaps(frame.visible())) {
                spans.add(new double[] {Math.max(left, frame.time().x(z.range().start())),
                        Math.min(right, frame.time().x(z.range().stop())), shown.size()});
                shown.add(z);
            }
        }
        spans.sort(Comparator.comparingDouble(span -> span[0]));
        Color fill = color.deriveColor(0, 1, 1, OPACITY);
        surface.setLineWidth(1);
        int i = 0;
        while (i < spans.size()) {
            double x0 = spans.get(i)[0];
            double x1 = spans.get(i)[1];
            int end = i + 1;
            while (end < spans.size() && spans.get(end)[0] <= Math.max(x1, x0 + 1) + 1) {
                x1 = Math.max(x1, spans.get(end)[1]);
                end++;
            }
            if (style == Style.FILLED) {
                surface.setFill(fill);
                surface.fillRect(x0, frame.top(), Math.max(1, x1 - x0), frame.height());
            } else {
                hatch(surface, x0, Math.max(x0 + 1, x1), frame.top(), frame.top() + frame.height());
            }
            surface.setLineDashes(style == Style.FILLED ? new double[0] : DASHES);
            surface.setStroke(color);
            boolean narrow = false;
            for (double[] span : spans.subList(i, end)) {
                if (span[1] - span[0] >= MIN_EDGED) {
                    edges(frame, surface, span[0], span[1], shown.get((int) span[2]).label());
                } else {
                    narrow = true;
                }
            }
            if (narrow) {
                surface.setStroke(color);
                surface.strokeLine(x0, frame.top(), x0, frame.top() + frame.height());
                surface.strokeLine(x1, frame.top(), x1, frame.top() + frame.height());
            }
            i = end;
        }
        surface.setLineDashes();
    }

    /**
     * Lines rising to the right ({@code x + y} constant) across the run [x0, x1] × [y0, y1], cut at
     * its sides rather than clipped, every {@value #HATCH_STEP} pixels from its left edge: the
     * pattern moves with the zone when the range pans, instead of sliding under it.
     */
    private void hatch(Surface surface, double x0, double x1, double y0, double y1) {
        surface.setLineDashes();
        surface.setStroke(color.deriveColor(0, 1, 1, 0.7));
        for (double c = x0 + y0 + HATCH_STEP; c < x1 + y1; c += HATCH_STEP) {
            double from = Math.max(x0, c - y1);
            double to = Math.min(x1, c - y0);
            if (from < to) {
                surface.strokeLine(from, c - from, to, c - to);
            }
        }
    }

    private void edges(PanelFrame frame, Surface surface, double x0, double x1, String label) {
        surface.setStroke(color);
        surface.strokeLine(x0, frame.top(), x0, frame.top() + frame.height());
        surface.strokeLine(x1, frame.top(), x1, frame.top() + frame.height());
        if (!label.isEmpty() && surface.textWidth(label) < x1 - x0) {
            surface.setFill(color.darker());
            surface.fillText(label, x0 + LABEL_INSET, frame.top() + LABEL_INSET, TextAlignment.LEFT, VPos.TOP);
        }
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(new LegendEntry(catalog, color));
    }
}
