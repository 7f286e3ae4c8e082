package org.heliodeck.plot.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.LegendEntry;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.axis.AutoRange;
import org.heliodeck.plot.axis.DataExtent;
import org.heliodeck.plot.axis.NumericTicks;
import org.heliodeck.plot.axis.TimeTicks;
import org.heliodeck.plot.spectrogram.ColorBar;

/**
 * Draws one panel in a rectangle of a surface: background, grid, the layers' raster (one image,
 * whatever the number of points), the vector layers, the frame, y ticks and title, legend, colour
 * bar, and the time ticks along its bottom edge (labels only where asked: the bottom panel of a
 * stack). Keeps its raster between frames, so that panning allocates nothing.
 */
public final class PanelRenderer {

    /** Room left of the plot area for the y tick labels. */
    public static final double LEFT = 64;
    /** Room right of the plot area for a colour bar, when the panel has one. */
    public static final double COLOR_BAR_ROOM = 78;
    public static final double RIGHT = 14;
    /** Room above the plot area for the y axis title. */
    public static final double TOP = 16;
    /** Room below the bottom panel for the time labels and their dates. */
    public static final double TIME_LABELS = 34;

    private static final double TICK = 5;
    private static final double MINOR_TICK = 3;
    private static final double MIN_Y_SPACING = 26;
    private static final double MIN_TIME_SPACING = 14;
    private static final double COLOR_BAR_WIDTH = 12;
    private static final double LEGEND_SWATCH = 14;

    private PixelRaster raster;

    /** The y mapping the panel would use in that plot area: its fixed range, or the visible data's. */
    public static ValueMapping yMapping(Panel panel, TimeRange visible, double top, double height) {
        AutoRange.Range range = panel.yRange().orElseGet(() -> {
            DataExtent extent = DataExtent.empty();
            for (Layer layer : panel.layers()) {
                extent = extent.union(layer.extent(visible));
            }
            return AutoRange.of(extent, panel.logY());
        });
        return new ValueMapping(range.min(), range.max(), panel.logY(), top, height);
    }

    /** Whether the panel needs the room of a colour bar on its right. */
    public static boolean hasColorBar(Panel panel, TimeRange visible) {
        return panel.layers().stream().anyMatch(l -> l.colorKey(visible).isPresent());
    }

    /**
     * @param x left edge of the panel's rectangle (the plot area starts {@link #LEFT} further)
     * @param rightRoom room kept right of the plot area ({@link #COLOR_BAR_ROOM} when any panel of the stack has a
     *     colour bar, so that every panel's time axis lines up)
     * @param timeLabels whether to write the time labels under the plot area (room {@link #TIME_LABELS} below
     *     {@code height} is then the caller's)
     * @param vectorData whether to draw series as vectors (SVG, PDF) rather than into the raster
     */
    public void draw(Surface s, Panel panel, TimeRange visible, Theme theme, double x, double y, double width, double height,
            double rightRoom, boolean timeLabels, boolean vectorData) {
        double left = x + LEFT;
        double top = y + TOP;
        double plotWidth = Math.max(1, width - LEFT - rightRoom);
        double plotHeight = Math.max(1, height - TOP);
        TimeMapping time = new TimeMapping(visible, left, plotWidth);
        ValueMapping values = yMapping(panel, visible, top, plotHeight);
        PanelFrame frame = new PanelFrame(time, values);
        s.save();
        s.setFont(theme.font());
        s.setFill(theme.plotArea());
        s.fillRect(left, top, plotWidth, plotHeight);
        TimeTicks timeTicks = TimeTicks.of(visible, plotWidth, label -> s.textWidth(label) + MIN_TIME_SPACING);
        NumericTicks yTicks = NumericTicks.of(values, MIN_Y_SPACING);
        grid(s, theme.grid(), frame, timeTicks, yTicks);

        s.save();
        s.clip(left, top, plotWidth, plotHeight);
        boolean anyRaster = panel.layers().stream().anyMatch(l -> l.usesRaster() && !(vectorData && l instanceof SeriesLayer));
        if (anyRaster) {
            PixelRaster target = raster((int) Math.ceil(plotWidth), (int) Math.ceil(plotHeight));
            PanelFrame origin = frame.atOrigin();
            for (Layer layer : panel.layers()) {
                if (layer.usesRaster() && !(vectorData && layer instanceof SeriesLayer)) {
                    layer.drawRaster(origin, target);
                }
            }
            s.drawRaster(target, left, top, target.width(), target.height());
        }
        for (Layer layer : panel.layers()) {
            layer.drawVector(frame, s, vectorData);
        }
        s.restore();

        s.setStroke(theme.ink());
        s.setFill(theme.ink());
        s.setLineWidth(1);
        s.setLineDashes();
        s.strokeRect(left, top, plotWidth, plotHeight);
        yAxis(s, frame, yTicks);
        s.fillText(panel.yTitle(), left, y + TOP / 2, TextAlignment.LEFT, VPos.CENTER);
        timeAxis(s, frame, timeTicks, timeLabels);
        legend(s, theme, panel, left + plotWidth, top);
        colorBar(s, theme, panel, visible, left + plotWidth, top, plotHeight);
        s.restore();
    }

    private PixelRaster raster(int width, int height) {
        if (raster == null || raster.width() != width || raster.height() != height) {
            raster = new PixelRaster(width, height);
        } else {
            raster.clear();
        }
        return raster;
    }

    private static void grid(Surface s, Color color, PanelFrame f, TimeTicks timeTicks, NumericTicks yTicks) {
        s.setStroke(color);
        s.setLineWidth(1);
        s.setLineDashes();
        for (TimeTicks.Tick t : timeTicks.major()) {
            double x = Math.round(f.time().x(t.time())) + 0.5;
            s.strokeLine(x, f.top(), x, f.top() + f.height());
        }
        for (double v : yTicks.major()) {
            double y = Math.round(f.values().y(v)) + 0.5;
            s.strokeLine(f.left(), y, f.left() + f.width(), y);
        }
    }

    private static void yAxis(Surface s, PanelFrame f, NumericTicks ticks) {
        double[] major = ticks.major();
        for (int i = 0; i < major.length; i++) {
            double y = Math.round(f.values().y(major[i])) + 0.5;
            s.strokeLine(f.left() - TICK, y, f.left(), y);
            s.fillText(ticks.labels().get(i), f.left() - TICK - 2, y, TextAlignment.RIGHT, VPos.CENTER);
        }
        for (double v : ticks.minor()) {
            double y = Math.round(f.values().y(v)) + 0.5;
            s.strokeLine(f.left() - MINOR_TICK, y, f.left(), y);
        }
    }

    private static void timeAxis(Surface s, PanelFrame f, TimeTicks ticks, boolean labels) {
        double bottom = f.top() + f.height();
        for (TimeTicks.Tick t : ticks.major()) {
            double x = Math.round(f.time().x(t.time())) + 0.5;
            s.strokeLine(x, bottom, x, bottom + TICK);
            // A label centred on a tick at the very edge would be cut by the surface's border: it is left out.
            double half = Math.max(s.textWidth(t.label()), s.textWidth(t.context())) / 2;
            if (labels && x - half >= 0 && x + half <= s.width()) {
                s.fillText(t.label(), x, bottom + TICK + 1, TextAlignment.CENTER, VPos.TOP);
                if (!t.context().isEmpty()) {
                    s.fillText(t.context(), x, bottom + TICK + 15, TextAlignment.CENTER, VPos.TOP);
                }
            }
        }
        for (long t : ticks.minor()) {
            double x = Math.round(f.time().x(t)) + 0.5;
            s.strokeLine(x, bottom, x, bottom + MINOR_TICK);
        }
    }

    /** The legend in the plot area's top-right corner, on a translucent background so data stays visible. */
    private static void legend(Surface s, Theme theme, Panel panel, double right, double top) {
        List<LegendEntry> entries = new ArrayList<>();
        panel.layers().forEach(l -> entries.addAll(l.legend()));
        if (entries.size() < 2) {
            return; // one series needs no key: the axis title names it
        }
        double widest = entries.stream().mapToDouble(e -> s.textWidth(e.name())).max().orElse(0);
        double w = LEGEND_SWATCH + 6 + widest + 8;
        double h = entries.size() * 14 + 6;
        double x = right - w - 4;
        double y = top + 4;
        s.setFill(theme.plotArea().deriveColor(0, 1, 1, 0.8));
        s.fillRect(x, y, w, h);
        for (int i = 0; i < entries.size(); i++) {
            double row = y + 3 + i * 14 + 7;
            s.setStroke(entries.get(i).color());
            s.setLineWidth(2);
            s.strokeLine(x + 4, row, x + 4 + LEGEND_SWATCH, row);
            s.setFill(theme.ink());
            s.fillText(entries.get(i).name(), x + 4 + LEGEND_SWATCH + 6, row, TextAlignment.LEFT, VPos.CENTER);
        }
        s.setLineWidth(1);
    }

    private static void colorBar(Surface s, Theme theme, Panel panel, TimeRange visible, double right, double top, double height) {
        Optional<ColorKey> key = panel.layers().stream().flatMap(l -> l.colorKey(visible).stream()).findFirst();
        key.ifPresent(k -> ColorBar.draw(s, right + 8, top, COLOR_BAR_WIDTH, height, k.map(), k.scale(), k.title(), theme.ink()));
    }
}
