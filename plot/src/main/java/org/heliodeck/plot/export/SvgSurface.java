package org.heliodeck.plot.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.fx.FxThread;
import org.heliodeck.plot.fx.PolylineRuns;
import org.heliodeck.plot.fx.TextMeasure;

/**
 * A {@link Surface} writing an SVG 1.1 document as it is drawn: each call becomes one element
 * carrying its own colours and widths, so that a viewer needs no inheritance rules to get them
 * right. Clips are {@code <clipPath>}s applied by groups that {@link #restore()} closes; rasters
 * are PNGs embedded in {@code <image>}s that viewers scale without smoothing. Coordinates keep
 * two decimals. Call {@link #finish()} to close the document.
 *
 * <p>Text widths come from JavaFX's layout of the same font (the JavaFX toolkit is started if
 * needed): a viewer without that font substitutes another, so widths are close, not exact.
 */
public final class SvgSurface implements Surface {

    /** Elements are gathered here and handed to the output in blocks of about this size. */
    private static final int FLUSH_AT = 1 << 16;
    private static final String DEFAULT_FAMILY = "sans-serif";

    private final Appendable out;
    private final double width;
    private final double height;
    private final StringBuilder svg = new StringBuilder();
    private final TextMeasure measure;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private int clips;
    private boolean finished;

    public SvgSurface(Appendable out, double width, double height) {
        FxThread.ensureStarted();
        this.out = out;
        this.width = width;
        this.height = height;
        this.measure = new TextMeasure();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\"");
        number(" width", width);
        number(" height", height);
        svg.append(" viewBox=\"0 0 ");
        number(width);
        svg.append(' ');
        number(height);
        svg.append("\">\n");
    }

    /** Draws a figure into a UTF-8 SVG file. */
    public static void write(Path file, double width, double height, Consumer<? super Surface> drawing) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SvgSurface surface = new SvgSurface(writer, width, height);
            drawing.accept(surface);
            surface.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Closes the groups still open and the document; nothing may be drawn after. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        while (!saved.isEmpty()) {
            restore();
        }
        closeGroups(state.groups);
        svg.append("</svg>\n");
        flush();
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
        state.groups = 0;
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        closeGroups(state.groups);
        state = saved.pop();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "clip" + clips++;
        svg.append("<clipPath id=\"").append(id).append("\"><rect");
        rectangle(x, y, w, h);
        svg.append("/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        state.groups++;
    }

    @Override
    public void setStroke(Color color) {
        state.stroke = color;
    }

    @Override
    public void setFill(Color color) {
        state.fill = color;
    }

    @Override
    public void setLineWidth(double lineWidth) {
        state.lineWidth = lineWidth;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes.clone();
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        svg.append("<line");
        number(" x1", x0);
        number(" y1", y0);
        number(" x2", x1);
        number(" y2", y1);
        strokeAttributes();
        end();
    }

    /** One {@code <path>}, broken where a coordinate is not finite ({@link PolylineRuns}). */
    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        svg.append("<path d=\"");
        int start = svg.length();
        PolylineRuns.forEach(xs, ys, n, (x, y, startsRun) -> {
            if (svg.length() > start) {
                svg.append(' ');
            }
            svg.append(startsRun ? 'M' : 'L');
            number(x);
            svg.append(',');
            number(y);
        });
        svg.append('"');
        strokeAttributes();
        end();
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        svg.append("<rect");
        rectangle(x, y, w, h);
        strokeAttributes();
        end();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        svg.append("<rect");
        rectangle(x, y, w, h);
        paint("fill", state.fill);
        end();
    }

    @Override
    public void fillText(String text, double x, double y, TextAlignment align, VPos baseline) {
        svg.append("<text");
        number(" x", x);
        number(" y", y);
        Font font = state.font;
        if (font != null) {
            String family = font.getFamily();
            svg.append(" font-family=\"");
            if (!family.equals("System")) {
                svg.append('\'');
                escape(family);
                svg.append("', ");
            }
            svg.append(DEFAULT_FAMILY).append('"');
            number(" font-size", font.getSize());
            String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
            if (style.contains("bold")) {
                svg.append(" font-weight=\"bold\"");
            }
            if (style.contains("italic") || style.contains("oblique")) {
                svg.append(" font-style=\"italic\"");
            }
        }
        svg.append(" text-anchor=\"").append(switch (align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            case LEFT, JUSTIFY -> "start";
        }).append('"');
        svg.append(" dominant-baseline=\"").append(switch (baseline) {
            case TOP -> "text-before-edge";
            case CENTER -> "central";
            case BASELINE -> "alphabetic";
            case BOTTOM -> "text-after-edge";
        }).append('"');
        paint("fill", state.fill);
        svg.append('>');
        escape(text);
        svg.append("</text>\n");
        flushIfFull();
    }

    @Override
    public double textWidth(String text) {
        return state.font == null ? measure.width(text, Font.getDefault()) : measure.width(text, state.font);
    }

    /**
     * An {@code <image>}: {@code image-rendering="optimizeSpeed"} is SVG 1.1's way to ask for no
     * smoothing (Inkscape, librsvg), the {@code pixelated} style the one browsers honour.
     */
    @Override
    public void drawRaster(PixelRaster raster, double x, double y, double w, double h) {
        svg.append("<image");
        rectangle(x, y, w, h);
        svg.append(" preserveAspectRatio=\"none\" image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\"")
                .append(" xlink:href=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(RasterPng.encode(raster)))
                .append('"');
        end();
    }

    private void strokeAttributes() {
        svg.append(" fill=\"none\"");
        paint("stroke", state.stroke);
        number(" stroke-width", state.lineWidth);
        if (state.dashes.length > 0) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                if (i > 0) {
                    svg.append(',');
                }
                number(state.dashes[i]);
            }
            svg.append('"');
        }
    }

    private void paint(String attribute, Color color) {
        svg.append(' ').append(attribute).append("=\"#")
                .append(hex(color.getRed())).append(hex(color.getGreen())).append(hex(color.getBlue())).append('"');
        if (color.getOpacity() < 1) {
            number(" " + attribute + "-opacity", color.getOpacity());
        }
    }

    private static String hex(double channel) {
        String digits = Integer.toHexString((int) Math.round(channel * 255));
        return digits.length() == 1 ? "0" + digits : digits;
    }

    private void rectangle(double x, double y, double w, double h) {
        number(" x", x);
        number(" y", y);
        number(" width", w);
        number(" height", h);
    }

    private void number(String attribute, double value) {
        svg.append(attribute).append("=\"");
        number(value);
        svg.append('"');
    }

    /** Two decimals at most, no exponent, no locale: "12", "-0.5", "3.25". */
    private void number(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            svg.append('-');
            hundredths = -hundredths;
        }
        svg.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            svg.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                svg.append(fraction % 10);
            }
        }
    }

    /** Text as XML character data and attribute values; characters XML 1.0 cannot hold are left out. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> svg.append("&lt;");
                case '>' -> svg.append("&gt;");
                case '&' -> svg.append("&amp;");
                case '"' -> svg.append("&quot;");
                case '\'' -> svg.append("&apos;");
                default -> {
                    if (c >= 0x20 && c != 0xfffe && c != 0xffff || c == '\t' || c == '\n' || c == '\r') {
                        svg.append(c);
                    }
                }
            }
        }
    }

    private void closeGroups(int groups) {
        for (int i = 0; i < groups; i++) {
            svg.append("</g>\n");
        }
    }

    private void end() {
        svg.append("/>\n");
        flushIfFull();
    }

    private void flushIfFull() {
        if (svg.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() {
        try {
            out.append(svg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        svg.setLength(0);
    }

    /** What {@link #save()} keeps; {@code groups} counts the clip groups opened since. */
    private static final class State {
        Color stroke = Color.BLACK;
        Color fill = Color.BLACK;
        double lineWidth = 1;
        double[] dashes = new double[0];
        Font font;
        int groups;

        State copy() {
            State copy = new State();
            copy.stroke = stroke;
            copy.fill = fill;
            copy.lineWidth = lineWidth;
            copy.dashes = dashes;
            copy.font = font;
            return copy;
        }
    }
}
