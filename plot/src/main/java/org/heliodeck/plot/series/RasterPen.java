package org.heliodeck.plot.series;

import org.heliodeck.plot.PixelRaster;

/** One-pixel lines (Bresenham, clipped to the raster first) and square markers in a {@link PixelRaster}. */
final class RasterPen {

    /** Far enough outside any raster that clamping there barely bends a clipped line's visible part. */
    private static final double FAR = 1e7;

    private RasterPen() {}

    /** The pixel row or column holding position {@code p}; off-scale values (NaN from a log axis) go to +FAR. */
    static int pixel(double p) {
        return (int) Math.floor(Double.isNaN(p) ? FAR : Math.max(-FAR, Math.min(FAR, p)));
    }

    /** A line between pixel centres, clipped (Liang–Barsky) to the raster and then stepped pixel by pixel. */
    static void line(PixelRaster raster, int x0, int y0, int x1, int y1, int color) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, raster.width() - 1 - x0, y0, raster.height() - 1 - y0};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return;
        }
        bresenham(raster, (int) Math.round(x0 + t0 * dx), (int) Math.round(y0 + t0 * dy),
                (int) Math.round(x0 + t1 * dx), (int) Math.round(y0 + t1 * dy), color);
    }

    private static void bresenham(PixelRaster raster, int x0, int y0, int x1, int y1, int color) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        int x = x0;
        int y = y0;
        while (true) {
            raster.set(x, y, color);
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /** A 3 × 3 square centred on the pixel. */
    static void marker(PixelRaster raster, int x, int y, int color) {
        for (int i = -1; i <= 1; i++) {
            raster.verticalSpan(x + i, y - 1, y + 1, color);
        }
    }
}
