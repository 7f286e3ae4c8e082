package org.heliodeck.plot.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.heliodeck.plot.FxToolkit;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CanvasSurfaceTest {

    @BeforeAll
    static void startFx() {
        FxToolkit.start();
    }

    @Test
    void aNonFiniteCoordinateBreaksAPolyline() {
        PixelReader pixels = draw(40, 10, surface -> {
            surface.setStroke(Color.BLACK);
            surface.setLineWidth(2);
            surface.strokePolyline(new double[] {0, 10, 20, Double.NaN, 30, 40}, new double[] {5, 5, 5, 5, 5, 5}, 6);
        });

        assertThat(pixels.getArgb(5, 5)).isEqualTo(0xff000000);
        assertThat(pixels.getArgb(25, 5) >>> 24).as("in the gap").isZero();
        assertThat(pixels.getArgb(35, 5)).isEqualTo(0xff000000);
    }

    @Test
    void restoreEndsTheClipAndPutsTheFillBack() {
        PixelReader pixels = draw(20, 10, surface -> {
            surface.setFill(Color.BLUE);
            surface.save();
            surface.clip(0, 0, 10, 10);
            surface.setFill(Color.RED);
            surface.fillRect(0, 0, 20, 5);
            surface.restore();
            surface.fillRect(0, 5, 20, 5);
        });

        assertThat(pixels.getArgb(5, 2)).isEqualTo(0xffff0000);
        assertThat(pixels.getArgb(15, 2) >>> 24).as("clipped").isZero();
        assertThat(pixels.getArgb(15, 7)).isEqualTo(0xff0000ff);
    }

    @Test
    void aRasterRedrawnShowsItsNewPixels() {
        PixelRaster raster = new PixelRaster(2, 1);
        Canvas canvas = FxToolkit.onFxThread(() -> new Canvas(2, 1));
        CanvasSurface surface = FxToolkit.onFxThread(() -> new CanvasSurface(canvas));
        Arrays.fill(raster.pixels(), 0xffff0000);
        assertThat(redrawn(canvas, surface, raster).getArgb(0, 0)).isEqualTo(0xffff0000);

        Arrays.fill(raster.pixels(), 0xff00ff00);

        assertThat(redrawn(canvas, surface, raster).getArgb(1, 0)).isEqualTo(0xff00ff00);
    }

    @Test
    void measuresTextInTheCurrentFont() {
        double[] widths = FxToolkit.onFxThread(() -> {
            CanvasSurface surface = new CanvasSurface(new Canvas(10, 10));
            surface.setFont(Font.font(10));
            double small = surface.textWidth("12:00:00");
            surface.setFont(Font.font(20));
            return new double[] {small, surface.textWidth("12:00:00"), surface.textWidth("")};
        });

        assertThat(widths[0]).isPositive();
        assertThat(widths[1]).isGreaterThan(1.8 * widths[0]);
        assertThat(widths[2]).isZero();
    }

    private static PixelReader redrawn(Canvas canvas, CanvasSurface surface, PixelRaster raster) {
        return FxToolkit.onFxThread(() -> {
            canvas.getGraphicsContext2D().clearRect(0, 0, 2, 1);
            surface.drawRaster(raster, 0, 0, 2, 1);
            return snapshot(canvas);
        });
    }

    private static PixelReader draw(int width, int height, Consumer<Surface> drawing) {
        return FxToolkit.onFxThread(() -> {
            Canvas canvas = new Canvas(width, height);
            drawing.accept(new CanvasSurface(canvas));
            return snapshot(canvas);
        });
    }

    private static PixelReader snapshot(Canvas canvas) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return canvas.snapshot(parameters, null).getPixelReader();
    }
}
