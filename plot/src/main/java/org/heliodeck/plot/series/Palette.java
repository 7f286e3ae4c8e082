package org.heliodeck.plot.series;

import javafx.scene.paint.Color;

/**
 * Component colours: the Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies, ordered so that the first three (x, y, z of a vector) contrast most; black last so
 * that it is only used with many components.
 */
public final class Palette {

    private static final Color[] OKABE_ITO = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#E69F00"),
        Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000"),
    };

    private Palette() {}

    /** The colour of component {@code i}, cycling after eight. */
    public static Color component(int i) {
        return OKABE_ITO[Math.floorMod(i, OKABE_ITO.length)];
    }

    /** The colour as an ARGB int for a {@link org.heliodeck.plot.PixelRaster}. */
    public static int argb(Color color) {
        return (int) Math.round(color.getOpacity() * 255) << 24 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
    }
}
