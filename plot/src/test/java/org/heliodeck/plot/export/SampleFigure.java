package org.heliodeck.plot.export;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;

/**
 * One drawing put through every surface, 200 × 100: white ground, a red rectangle, a blue line,
 * a green rectangle clipped to a square, a dashed polyline with a gap, text with units, and a
 * 4 × 3 raster drawn in 10-pixel blocks at (120, 10).
 */
final class SampleFigure {

    static final double WIDTH = 200;
    static final double HEIGHT = 100;
    static final String UNITS = "µs cm⁻³";
    static final String ESCAPED = "a<b & \"c\"";
    static final int TRANSLUCENT_RED = 0x80ff0000;
    /** Row after row from the top. */
    static final int[] RASTER = {
        0xffff0000, 0xff00ff00, 0xff0000ff, 0xffffffff,
        0xff000000, 0xffffff00, 0xff00ffff, 0xffff00ff,
        TRANSLUCENT_RED, 0x00000000, 0xff808080, 0xffff8000,
    };
    static final double RASTER_X = 120;
    static final double RASTER_Y = 10;
    static final double BLOCK = 10;

    private SampleFigure() {
    }

    static PixelRaster raster() {
        PixelRaster raster = new PixelRaster(4, 3);
        System.arraycopy(RASTER, 0, raster.pixels(), 0, RASTER.length);
        return raster;
    }

    static void draw(Surface surface) {
        surface.setFill(Color.WHITE);
        surface.fillRect(0, 0, WIDTH, HEIGHT);
        surface.setFill(Color.RED);
        surface.fillRect(10, 10, 30, 20);
        surface.setStroke(Color.BLUE);
        surface.setLineWidth(2);
        surface.strokeLine(0, 60, 100, 60);

        surface.save();
        surface.clip(150, 60, 20, 20);
        surface.setFill(Color.LIME);
        surface.fillRect(140, 50, 60, 50);
        surface.restore();

        surface.save();
        surface.setLineDashes(4, 2);
        surface.setLineWidth(1);
        surface.strokePolyline(new double[] {10, 60, Double.NaN, 80, 100.125}, new double[] {90, 90, 90, 90, 1.0 / 3}, 5);
        surface.restore();

        surface.setFont(Font.font(10));
        surface.setFill(Color.BLACK);
        surface.fillText(UNITS, 10, 80, TextAlignment.LEFT, VPos.BASELINE);
        surface.fillText(ESCAPED, 100, 45, TextAlignment.CENTER, VPos.CENTER);

        surface.drawRaster(raster(), RASTER_X, RASTER_Y, 4 * BLOCK, 3 * BLOCK);
    }
}
