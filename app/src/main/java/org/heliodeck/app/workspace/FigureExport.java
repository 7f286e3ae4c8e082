package org.heliodeck.app.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.heliodeck.plot.export.PdfSurface;
import org.heliodeck.plot.export.PngExport;
import org.heliodeck.plot.export.SvgSurface;
import org.heliodeck.plot.figure.Figure;
import org.heliodeck.plot.figure.FigureRenderer;
import org.heliodeck.plot.fx.FxThread;

/**
 * A figure written to a file in the format its extension names ({@link FigureFormat}).
 *
 * <p>The figure is drawn on the JavaFX application thread whatever the format, because the series
 * in it are that thread's (data arriving is added to them there, and they are not thread-safe);
 * the file is written on the caller's thread, which should not be that one.
 */
public final class FigureExport {

    /** What a PNG is scaled by when nothing else is asked: sharp on a high-density screen and in print. */
    public static final double DEFAULT_PNG_SCALE = 2;

    /** How long drawing may take before the export gives up: a figure draws in well under a second. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private FigureExport() {
    }

    /**
     * Writes {@code figure} laid out over {@code width × height} (layout pixels, as on screen):
     * a PNG of {@code round(width × scale) × round(height × scale)} pixels, or an SVG or a PDF page
     * of {@code width × height} points with the series as vector lines ({@code scale} does not apply).
     *
     * @throws IllegalArgumentException naming the file when its extension is not png, svg or pdf
     */
    public static void write(Path file, Figure figure, double width, double height, double scale) throws IOException {
        switch (FigureFormat.of(file)) {
            case PNG -> PngExport.write(file, (int) Math.round(width * scale), (int) Math.round(height * scale), scale,
                    surface -> new FigureRenderer().draw(figure, surface, false));
            case SVG -> Files.writeString(file, FxThread.call(() -> svg(figure, width, height), TIMEOUT), StandardCharsets.UTF_8);
            case PDF -> {
                byte[] pdf;
                try {
                    pdf = FxThread.call(() -> pdf(figure, width, height), TIMEOUT);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                Files.write(file, pdf);
            }
        }
    }

    private static String svg(Figure figure, double width, double height) {
        StringBuilder svg = new StringBuilder();
        SvgSurface surface = new SvgSurface(svg, width, height);
        new FigureRenderer().draw(figure, surface, true);
        surface.finish();
        return svg.toString();
    }

    private static byte[] pdf(Figure figure, double width, double height) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfSurface.write(pdf, width, height, surface -> new FigureRenderer().draw(figure, surface, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
