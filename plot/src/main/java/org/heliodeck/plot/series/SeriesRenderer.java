package org.heliodeck.plot.series;

import java.util.Arrays;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.lod.ColumnReduction;
import org.heliodeck.plot.lod.RawPoints;
import org.heliodeck.plot.lod.Reduction;

/**
 * Draws one reduced series component: into a {@link PixelRaster} for the screen and PNG (per column
 * a vertical span from min to max, joined to the next column from its last value to the next one's
 * first; exact points joined by one-pixel lines when zoomed in), or as polylines through a
 * {@link Surface} for SVG and PDF. Nothing is ever joined across a gap.
 *
 * @param style how samples are joined
 * @param markers whether exact points also get a 3 × 3 marker (scatter always has them)
 */
public record SeriesRenderer(SeriesStyle style, boolean markers) {

    public static final SeriesRenderer LINES = new SeriesRenderer(SeriesStyle.LINE, false);

    /**
     * Draws into the raster; horizontal positions are the reduction's (pixels from the raster's left
     * edge), {@code y} maps values to the raster's rows (its top at 0).
     */
    public void draw(PixelRaster raster, Reduction reduction, ValueMapping y, int argb) {
        switch (reduction) {
            case ColumnReduction columns -> drawColumns(raster, columns, y, argb);
            case RawPoints points -> drawPoints(raster, points, y, argb);
        }
    }

    private void drawColumns(PixelRaster raster, ColumnReduction r, ValueMapping y, int argb) {
        int previous = -1;
        int previousRow = 0;
        for (int c = 0; c < r.columns(); c++) {
            if (r.isEmpty(c)) {
                continue;
            }
            raster.verticalSpan(c, RasterPen.pixel(y.y(r.min(c))), RasterPen.pixel(y.y(r.max(c))), argb);
            int firstRow = RasterPen.pixel(y.y(r.first(c)));
            if (previous >= 0 && !r.breaksBefore(c) && style != SeriesStyle.SCATTER) {
                if (style == SeriesStyle.STEP) {
                    RasterPen.line(raster, previous, previousRow, c, previousRow, argb);
                    raster.verticalSpan(c, previousRow, firstRow, argb);
                } else {
                    RasterPen.line(raster, previous, previousRow, c, firstRow, argb);
                }
            }
            previous = c;
            previousRow = RasterPen.pixel(y.y(r.last(c)));
        }
    }

    private void drawPoints(PixelRaster raster, RawPoints p, ValueMapping y, int argb) {
        int previousX = 0;
        int previousY = 0;
        for (int i = 0; i < p.size(); i++) {
            int px = RasterPen.pixel(p.x(i));
            int py = RasterPen.pixel(y.y(p.value(i)));
            if (i > 0 && !p.breaksBefore(i)) {
                switch (style) {
                    case LINE -> RasterPen.line(raster, previousX, previousY, px, py, argb);
                    case STEP -> {
                        RasterPen.line(raster, previousX, previousY, px, previousY, argb);
                        RasterPen.line(raster, px, previousY, px, py, argb);
                    }
                    case SCATTER -> { }
                }
            }
            if (markers || style == SeriesStyle.SCATTER) {
                RasterPen.marker(raster, px, py, argb);
            } else {
                raster.set(px, py, argb);
            }
            previousX = px;
            previousY = py;
        }
    }

    /**
     * Strokes the same reduction as polylines (broken at every gap) in the surface's current
     * stroke; {@code left} is the surface position of the reduction's pixel 0, {@code y} maps values
     * to surface positions. Scatter is not stroked (its marks belong in the raster).
     */
    public void stroke(Surface surface, Reduction reduction, double left, ValueMapping y) {
        if (style == SeriesStyle.SCATTER) {
            return;
        }
        Polyline line = new Polyline(surface);
        switch (reduction) {
            case ColumnReduction r -> {
                for (int c = 0; c < r.columns(); c++) {
                    if (r.isEmpty(c)) {
                        continue;
                    }
                    if (r.breaksBefore(c)) {
                        line.flush();
                    }
                    double x = left + c + 0.5;
                    boolean rising = r.first(c) <= r.last(c);
                    if (style == SeriesStyle.STEP) {
                        line.add(x, y.y(r.first(c)));
                    }
                    line.add(x, y.y(rising ? r.min(c) : r.max(c)));
                    line.add(x, y.y(rising ? r.max(c) : r.min(c)));
                    line.add(x, y.y(r.last(c)));
                }
            }
            case RawPoints p -> {
                for (int i = 0; i < p.size(); i++) {
                    if (p.breaksBefore(i)) {
                        line.flush();
                    }
                    if (style == SeriesStyle.STEP && i > 0 && !p.breaksBefore(i)) {
                        line.add(left + p.x(i), y.y(p.value(i - 1)));
                    }
                    line.add(left + p.x(i), y.y(p.value(i)));
                }
            }
        }
        line.flush();
    }

    /** Vertices gathered until a gap, then stroked as one polyline; off-scale values (log of ≤ 0) break it too. */
    private static final class Polyline {
        private final Surface surface;
        private double[] xs = new double[256];
        private double[] ys = new double[256];
        private int n;

        Polyline(Surface surface) {
            this.surface = surface;
        }

        void add(double x, double y) {
            if (!Double.isFinite(y)) {
                flush();
                return;
            }
            if (n == xs.length) {
                xs = Arrays.copyOf(xs, 2 * n);
                ys = Arrays.copyOf(ys, 2 * n);
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }

        void flush() {
            if (n > 1) {
                surface.strokePolyline(xs, ys, n);
            }
            n = 0;
        }
    }
}
