package org.heliodeck.app.workspace;

import java.util.Objects;
import org.heliodeck.plot.figure.Figure;

/**
 * A figure with the size it is laid out at on screen, in layout pixels: an export keeps that
 * layout (a PNG multiplies it by its scale, SVG and PDF take it in points).
 */
public record SizedFigure(Figure figure, double width, double height) {

    public SizedFigure {
        Objects.requireNonNull(figure, "figure");
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a figure of " + width + " × " + height + " has no area");
        }
    }
}
