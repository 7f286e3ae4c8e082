package org.heliodeck.plot.fx;

/**
 * Straight ARGB (as {@link org.heliodeck.plot.PixelRaster} holds it) to the premultiplied ARGB
 * that JavaFX's {@code PixelBuffer} takes. Opaque and transparent pixels, nearly all of a plot's,
 * are copied or zeroed without arithmetic.
 */
final class Premultiplied {

    private Premultiplied() {
    }

    static void convert(int[] straight, int[] premultiplied, int length) {
        for (int i = 0; i < length; i++) {
            int c = straight[i];
            int a = c >>> 24;
            if (a == 0xff) {
                premultiplied[i] = c;
            } else if (a == 0) {
                premultiplied[i] = 0;
            } else {
                premultiplied[i] = a << 24 | times(c >>> 16 & 0xff, a) << 16 | times(c >>> 8 & 0xff, a) << 8 | times(c & 0xff, a);
            }
        }
    }

    /** {@code channel × alpha / 255} rounded, with shifts instead of a division (exact for bytes). */
    private static int times(int channel, int alpha) {
        int t = channel * alpha + 128;
        return (t + (t >> 8)) >> 8;
    }
}
