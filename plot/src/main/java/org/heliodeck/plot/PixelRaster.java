package org.heliodeck.plot;

import java.util.Arrays;

/**
 * A rectangle of pixels as premultiplied-free ARGB ints, drawn into by renderers that have too
 * much data for vector calls (series of millions of points, spectrograms). Pixels are written
 * directly; {@link #blend} composes a translucent colour over what is there.
 */
public final class PixelRaster {

    private final int width;
    private final int height;
    private final int[] argb;

    public PixelRaster(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a raster of " + width + " × " + height + " pixels");
        }
        this.width = width;
        this.height = height;
        this.argb = new int[Math.multiplyExact(width, height)];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row after row from the top; written in place by renderers. */
    public int[] pixels() {
        return argb;
    }

    public int get(int x, int y) {
        return argb[y * width + x];
    }

    /** Sets a pixel; outside the raster, nothing happens. */
    public void set(int x, int y, int color) {
        if (x >= 0 && y >= 0 && x < width && y < height) {
            argb[y * width + x] = color;
        }
    }

    /** Composes {@code color} (with its alpha) over the pixel; outside the raster, nothing happens. */
    public void blend(int x, int y, int color) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int alpha = color >>> 24;
        if (alpha == 0xff) {
            argb[y * width + x] = color;
            return;
        }
        int i = y * width + x;
        int under = argb[i];
        int underAlpha = under >>> 24;
        int outAlpha = alpha + underAlpha * (255 - alpha) / 255;
        if (outAlpha == 0) {
            argb[i] = 0;
            return;
        }
        int r = mix(color >>> 16 & 0xff, alpha, under >>> 16 & 0xff, underAlpha, outAlpha);
        int g = mix(color >>> 8 & 0xff, alpha, under >>> 8 & 0xff, underAlpha, outAlpha);
        int b = mix(color & 0xff, alpha, under & 0xff, underAlpha, outAlpha);
        argb[i] = outAlpha << 24 | r << 16 | g << 8 | b;
    }

    /** A vertical run of pixels from {@code y0} to {@code y1} inclusive (either order), clipped to the raster. */
    public void verticalSpan(int x, int y0, int y1, int color) {
        if (x < 0 || x >= width) {
            return;
        }
        int from = Math.max(0, Math.min(y0, y1));
        int to = Math.min(height - 1, Math.max(y0, y1));
        for (int y = from; y <= to; y++) {
            argb[y * width + x] = color;
        }
    }

    /** Every pixel transparent. */
    public void clear() {
        Arrays.fill(argb, 0);
    }

    private static int mix(int over, int overAlpha, int under, int underAlpha, int outAlpha) {
        return (over * overAlpha + under * underAlpha * (255 - overAlpha) / 255) / outAlpha;
    }
}
