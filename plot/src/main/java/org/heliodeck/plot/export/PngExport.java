package org.heliodeck.plot.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.fx.CanvasSurface;
import org.heliodeck.plot.fx.FxThread;

/**
 * A figure drawn off screen on a JavaFX canvas and written as PNG. The image is
 * {@code width × height} pixels; the drawing sees a surface {@code scale} times smaller and is
 * drawn through a scaling transform, so a 2× export has the layout of the screen with text and
 * lines drawn at twice the resolution, and records {@code 96 × scale} DPI in the PNG's pHYs chunk
 * (96 DPI being the CSS reference pixel that the screen layout is made in).
 *
 * <p>Callable from any thread: the drawing runs on the JavaFX application thread (the toolkit is
 * started if nothing has started it), and the encoding on the caller's.
 */
public final class PngExport {

    /** How long the drawing may take before the export gives up: a figure draws in well under a second. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final double REFERENCE_DPI = 96;
    private static final double METRES_PER_INCH = 0.0254;

    private PngExport() {
    }

    public static void write(Path file, int width, int height, double scale, Consumer<? super Surface> drawing)
            throws IOException {
        BufferedImage image = render(width, height, scale, drawing);
        try (OutputStream out = Files.newOutputStream(file)) {
            encode(image, REFERENCE_DPI * scale, out);
        }
    }

    /** The figure as an image of {@code width × height} pixels, straight (not premultiplied) ARGB, transparent where nothing is drawn. */
    public static BufferedImage render(int width, int height, double scale, Consumer<? super Surface> drawing) {
        if (width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException("a PNG of " + width + " × " + height + " pixels at scale " + scale);
        }
        int[] argb = FxThread.call(() -> snapshot(width, height, scale, drawing), TIMEOUT);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(argb, 0, target, 0, argb.length);
        return image;
    }

    /** Writes {@code image} as PNG with its resolution in a pHYs chunk. */
    public static void encode(BufferedImage image, double dpi, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            setResolution(metadata, dpi);
            writer.write(null, new IIOImage(image, null, metadata), null);
        } finally {
            writer.dispose();
        }
    }

    private static int[] snapshot(int width, int height, double scale, Consumer<? super Surface> drawing) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(scale, scale);
        drawing.accept(new CanvasSurface(gc, width / scale, height / scale));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(parameters, null);
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    private static void setResolution(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
