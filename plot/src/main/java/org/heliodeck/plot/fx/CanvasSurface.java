package org.heliodeck.plot.fx;

import java.nio.IntBuffer;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;

/**
 * A {@link Surface} over a JavaFX canvas, on screen or off screen (PNG export). Use it on the
 * thread that owns the canvas (the JavaFX application thread once the canvas is in a scene).
 *
 * <p>Rasters are drawn through one {@link WritableImage} per {@link PixelRaster}, backed by a
 * {@link PixelBuffer} and reused from frame to frame while the raster keeps its size: keep the
 * surface and the rasters for the canvas's life. The image is keyed by the raster rather than
 * shared because the canvas draws its queued commands later, at the next pulse: two rasters
 * drawn in one frame through a single shared buffer would both show the last one.
 */
public final class CanvasSurface implements Surface {

    private final GraphicsContext gc;
    private final double width;
    private final double height;
    private final TextMeasure measure = new TextMeasure();
    private final Map<PixelRaster, RasterImage> images = new WeakHashMap<>();

    /** The whole canvas, one surface pixel per canvas pixel. */
    public CanvasSurface(Canvas canvas) {
        this(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
    }

    /**
     * A {@code width × height} surface drawn through {@code gc} with its current transform (a
     * scaled transform draws a high-DPI image whose text and lines stay crisp).
     */
    public CanvasSurface(GraphicsContext gc, double width, double height) {
        this.gc = gc;
        this.width = width;
        this.height = height;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.beginPath();
    }

    @Override
    public void setStroke(Color color) {
        gc.setStroke(color);
    }

    @Override
    public void setFill(Color color) {
        gc.setFill(color);
    }

    @Override
    public void setLineWidth(double lineWidth) {
        gc.setLineWidth(lineWidth);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
    }

    /** Broken where a coordinate is not finite ({@link PolylineRuns}). */
    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        gc.beginPath();
        PolylineRuns.forEach(xs, ys, n, (x, y, startsRun) -> {
            if (startsRun) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        });
        gc.stroke();
        gc.beginPath();
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void fillText(String text, double x, double y, TextAlignment align, VPos baseline) {
        gc.setTextAlign(align);
        gc.setTextBaseline(baseline);
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        return measure.width(text, gc.getFont());
    }

    @Override
    public void drawRaster(PixelRaster raster, double x, double y, double w, double h) {
        RasterImage image = images.get(raster);
        if (image == null || !image.fits(raster)) {
            image = new RasterImage(raster.width(), raster.height());
            images.put(raster, image);
        }
        image.update(raster);
        boolean smoothing = gc.isImageSmoothing();
        gc.setImageSmoothing(false);
        gc.drawImage(image.image, x, y, w, h);
        gc.setImageSmoothing(smoothing);
    }

    /** A raster's pixels, premultiplied, in a buffer that JavaFX draws from without copying. */
    private static final class RasterImage {

        private final int width;
        private final int height;
        private final int[] pixels;
        private final PixelBuffer<IntBuffer> buffer;
        private final WritableImage image;

        RasterImage(int width, int height) {
            this.width = width;
            this.height = height;
            IntBuffer ints = IntBuffer.allocate(width * height);
            this.pixels = ints.array();
            this.buffer = new PixelBuffer<>(width, height, ints, PixelFormat.getIntArgbPreInstance());
            this.image = new WritableImage(buffer);
        }

        boolean fits(PixelRaster raster) {
            return raster.width() == width && raster.height() == height;
        }

        void update(PixelRaster raster) {
            Premultiplied.convert(raster.pixels(), pixels, pixels.length);
            // null: the whole buffer changed.
            buffer.updateBuffer(b -> null);
        }
    }
}
