package org.heliodeck.plot;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Where a plot is drawn: a JavaFX canvas (on screen, or off screen for PNG) or a vector document
 * (SVG, PDF). Renderers draw data that can be millions of points into a {@link PixelRaster} and
 * hand it over as one image, and draw axes, text and outlines through the vector calls, so that a
 * figure exported to SVG or PDF keeps sharp text and lines. Coordinates are in pixels (points for
 * documents), origin at the top left, y down.
 */
public interface Surface {

    double width();

    double height();

    /** Saves the clip, stroke, fill, line width, dashes and font, to be put back by {@link #restore()}. */
    void save();

    void restore();

    /** Limits drawing to the rectangle (intersected with the current clip) until {@link #restore()}. */
    void clip(double x, double y, double w, double h);

    void setStroke(Color color);

    void setFill(Color color);

    void setLineWidth(double width);

    /** Dash lengths, alternating on and off; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Font font);

    void strokeLine(double x0, double y0, double x1, double y1);

    /** Lines joining the first {@code n} points, in order. */
    void strokePolyline(double[] xs, double[] ys, int n);

    void strokeRect(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h);

    /**
     * Text anchored at (x, y): {@code align} places x at its left, centre or right; {@code baseline}
     * places y at its top, centre, baseline or bottom.
     */
    void fillText(String text, double x, double y, TextAlignment align, VPos baseline);

    /** The width the text takes in the current font, for laying out axes and legends. */
    double textWidth(String text);

    /** The raster scaled to the rectangle, without smoothing (each raster pixel stays a sharp block). */
    void drawRaster(PixelRaster raster, double x, double y, double w, double h);
}
