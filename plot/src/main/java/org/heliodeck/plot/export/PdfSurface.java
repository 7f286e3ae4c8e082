package org.heliodeck.plot.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.fx.PolylineRuns;

/**
 * A {@link Surface} drawing one PDF page with PDFBox: one surface pixel is one point, y is
 * flipped here (PDF's origin is at the bottom left) so callers keep the screen's y-down. Text is
 * set in the fonts of {@link PdfFonts} (an embedded TrueType sans-serif when the machine has one,
 * so units such as "cm⁻³" and "µs" show); rasters become lossless images drawn without
 * interpolation. Close the surface before saving the document.
 */
public final class PdfSurface implements Surface, AutoCloseable {

    private static final double DEFAULT_FONT_SIZE = 12;

    private final PDDocument document;
    private final PDPageContentStream content;
    private final PdfFonts fonts;
    private final double width;
    private final double height;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<Double, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();
    private final Map<Double, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private State state = new State();

    /** Adds a {@code width × height} point page to {@code document} and draws on it. */
    public PdfSurface(PDDocument document, double width, double height) throws IOException {
        this(document, new PdfFonts(document), width, height);
    }

    PdfSurface(PDDocument document, PdfFonts fonts, double width, double height) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        this.content = new PDPageContentStream(document, page);
    }

    /** Draws a figure as a one-page PDF file of {@code width × height} points. */
    public static void write(Path file, double width, double height, Consumer<? super Surface> drawing) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, width, height, drawing);
        }
    }

    /** Draws a figure as a one-page PDF document written to {@code out}. */
    public static void write(OutputStream out, double width, double height, Consumer<? super Surface> drawing)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            try (PdfSurface surface = new PdfSurface(document, width, height)) {
                drawing.accept(surface);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
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
        saved.push(state);
        state = state.copy();
        run(content::saveGraphicsState);
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        state = saved.pop();
        run(content::restoreGraphicsState);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        run(() -> {
            content.addRect((float) x, pdfY(y + h), (float) w, (float) h);
            content.clip();
        });
    }

    @Override
    public void setStroke(Color color) {
        run(() -> {
            content.setStrokingColor((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue());
            if (color.getOpacity() != state.strokeAlpha) {
                content.setGraphicsStateParameters(alpha(strokeAlphas, color.getOpacity(), true));
                state.strokeAlpha = color.getOpacity();
            }
        });
    }

    @Override
    public void setFill(Color color) {
        run(() -> {
            content.setNonStrokingColor((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue());
            if (color.getOpacity() != state.fillAlpha) {
                content.setGraphicsStateParameters(alpha(fillAlphas, color.getOpacity(), false));
                state.fillAlpha = color.getOpacity();
            }
        });
    }

    @Override
    public void setLineWidth(double lineWidth) {
        run(() -> content.setLineWidth((float) lineWidth));
    }

    @Override
    public void setLineDashes(double... dashes) {
        float[] pattern = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            pattern[i] = (float) dashes[i];
        }
        run(() -> content.setLineDashPattern(pattern, 0));
    }

    @Override
    public void setFont(Font font) {
        state.bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        state.fontSize = font.getSize();
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        run(() -> {
            content.moveTo((float) x0, pdfY(y0));
            content.lineTo((float) x1, pdfY(y1));
            content.stroke();
        });
    }

    /** One path, broken where a coordinate is not finite ({@link PolylineRuns}). */
    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        boolean[] any = {false};
        PolylineRuns.forEach(xs, ys, n, (x, y, startsRun) -> run(() -> {
            if (startsRun) {
                content.moveTo((float) x, pdfY(y));
            } else {
                content.lineTo((float) x, pdfY(y));
            }
            any[0] = true;
        }));
        if (any[0]) {
            run(content::stroke);
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        run(() -> {
            content.addRect((float) x, pdfY(y + h), (float) w, (float) h);
            content.stroke();
        });
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        run(() -> {
            content.addRect((float) x, pdfY(y + h), (float) w, (float) h);
            content.fill();
        });
    }

    @Override
    public void fillText(String text, double x, double y, TextAlignment align, VPos baseline) {
        PDFont font = fonts.font(state.bold);
        String shown = PdfFonts.encodable(font, text);
        double size = state.fontSize;
        double left = switch (align) {
            case CENTER -> x - width(font, shown) / 2;
            case RIGHT -> x - width(font, shown);
            case LEFT, JUSTIFY -> x;
        };
        // Ascent above and descent below the baseline, in points; the descriptor's descent is negative.
        double ascent = font.getFontDescriptor().getAscent() / 1000 * size;
        double descent = -font.getFontDescriptor().getDescent() / 1000 * size;
        double base = switch (baseline) {
            case TOP -> y + ascent;
            case CENTER -> y + (ascent - descent) / 2;
            case BASELINE -> y;
            case BOTTOM -> y - descent;
        };
        run(() -> {
            content.beginText();
            content.setFont(font, (float) size);
            content.newLineAtOffset((float) left, pdfY(base));
            content.showText(shown);
            content.endText();
        });
    }

    @Override
    public double textWidth(String text) {
        PDFont font = fonts.font(state.bold);
        return width(font, PdfFonts.encodable(font, text));
    }

    @Override
    public void drawRaster(PixelRaster raster, double x, double y, double w, double h) {
        run(() -> {
            PDImageXObject image = LosslessFactory.createFromImage(document, RasterPng.image(raster));
            // Each raster pixel stays a sharp block, as on screen.
            image.setInterpolate(false);
            content.drawImage(image, (float) x, pdfY(y + h), (float) w, (float) h);
        });
    }

    private double width(PDFont font, String text) {
        try {
            return font.getStringWidth(text) / 1000 * state.fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDExtendedGraphicsState alpha(Map<Double, PDExtendedGraphicsState> cache, double alpha, boolean stroking) {
        return cache.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState graphicsState = new PDExtendedGraphicsState();
            if (stroking) {
                graphicsState.setStrokingAlphaConstant(a.floatValue());
            } else {
                graphicsState.setNonStrokingAlphaConstant(a.floatValue());
            }
            return graphicsState;
        });
    }

    private float pdfY(double y) {
        return (float) (height - y);
    }

    /** PDFBox writes to an in-memory stream here; its IOExceptions are unexpected, so unchecked. */
    private static void run(PdfCall call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface PdfCall {
        void run() throws IOException;
    }

    /** What {@link #save()} keeps beside PDF's own graphics state: the font and the alphas last set. */
    private static final class State {
        boolean bold;
        double fontSize = DEFAULT_FONT_SIZE;
        double strokeAlpha = 1;
        double fillAlpha = 1;

        State copy() {
            State copy = new State();
            copy.bold = bold;
            copy.fontSize = fontSize;
            copy.strokeAlpha = strokeAlpha;
            copy.fillAlpha = fillAlpha;
            return copy;
        }
    }
}
