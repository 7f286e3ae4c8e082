package org.heliodeck.plot.figure;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The colours and font of everything around the data: backgrounds, frames, grid, text.
 *
 * @param background behind the whole figure (axes, labels)
 * @param plotArea behind the data
 * @param ink frames, ticks, text
 * @param grid the lines at the major ticks, under the data
 */
public record Theme(Color background, Color plotArea, Color ink, Color grid, Font font) {

    public static final Theme LIGHT = new Theme(Color.WHITE, Color.WHITE, Color.web("#222222"), Color.web("#e3e3e3"),
            Font.font("SansSerif", 11));

    public static final Theme DARK = new Theme(Color.web("#1e1f22"), Color.web("#26282b"), Color.web("#dcdcdc"),
            Color.web("#3a3c40"), Font.font("SansSerif", 11));
}
