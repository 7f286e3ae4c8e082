package org.heliodeck.plot.fx;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of strings as JavaFX lays them out, for surfaces that must place text before a viewer
 * draws it (SVG) and for the canvas. One instance per surface: the {@link Text} it reuses is not
 * shared between threads. The JavaFX toolkit must be started ({@link FxThread#ensureStarted()}).
 */
public final class TextMeasure {

    private final Text text = new Text();

    public double width(String s, Font font) {
        text.setFont(font);
        text.setText(s);
        return text.getLayoutBounds().getWidth();
    }
}
