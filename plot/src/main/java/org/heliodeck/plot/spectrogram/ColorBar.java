package org.heliodeck.plot.spectrogram;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.axis.NumericTicks;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.color.ColorScale;

/**
 * The key to a spectrogram's colours: a vertical strip of the colour map, highest value at the
 * top, with the scale's ticks (linear or log) and labels on its right and its title (label and
 * units) above. The strip is a raster, the rest vector calls, so that exported documents keep
 * sharp text.
 */
public final class ColorBar {

    private static final double TICK = 4;
    private static final double MINOR_TICK = 2;
    private static final double LABEL_OFFSET = 6;
    private static final double TITLE_OFFSET = 4;
    /** Vertical room a tick label needs, in pixels. */
    private static final double MIN_TICK_SPACING = 28;

    private ColorBar() {}

    /** The colour map as a one-pixel-wide strip of {@code height} rows, the top row the highest value. */
    public static PixelRaster strip(ColorMap map, int height) {
        PixelRaster strip = new PixelRaster(1, height);
        for (int row = 0; row < height; row++) {
            strip.set(0, row, map.lookup(1 - (row + 0.5) / height));
        }
        return strip;
    }

    /**
     * Draws the bar in the rectangle ({@code x}, {@code y}, {@code width}, {@code height}), its tick
     * labels to the right of it and {@code title} (e.g. {@code Count rate (counts/sec)}) above, in
     * {@code ink} and the surface's current font.
     */
    public static void draw(Surface surface, double x, double y, double width, double height, ColorMap map,
            ColorScale scale, String title, Color ink) {
        surface.save();
        surface.drawRaster(strip(map, Math.max(1, (int) Math.round(height))), x, y, width, height);
        surface.setStroke(ink);
        surface.setFill(ink);
        surface.setLineWidth(1);
        surface.setLineDashes();
        surface.strokeRect(x, y, width, height);
        NumericTicks ticks = scale.log()
                ? NumericTicks.log(scale.min(), scale.max(), height, MIN_TICK_SPACING)
                : NumericTicks.linear(scale.min(), scale.max(), height, MIN_TICK_SPACING);
        double right = x + width;
        double[] major = ticks.major();
        for (int i = 0; i < major.length; i++) {
            double ty = y + (1 - scale.fraction(major[i])) * height;
            surface.strokeLine(right, ty, right + TICK, ty);
            surface.fillText(ticks.labels().get(i), right + LABEL_OFFSET, ty, TextAlignment.LEFT, VPos.CENTER);
        }
        for (double v : ticks.minor()) {
            double ty = y + (1 - scale.fraction(v)) * height;
            surface.strokeLine(right, ty, right + MINOR_TICK, ty);
        }
        if (!title.isBlank()) {
            // Ending at the bar's right edge, the title reaches back over the panel rather than off the figure.
            surface.fillText(title, x + width, y - TITLE_OFFSET, TextAlignment.RIGHT, VPos.BOTTOM);
        }
        surface.restore();
    }
}
