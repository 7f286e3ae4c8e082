package org.heliodeck.plot.series;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;

/** A surface that draws nothing, for tests that record one kind of call. */
public class NullSurface implements Surface {

    @Override
    public double width() {
        return 1000;
    }

    @Override
    public double height() {
        return 1000;
    }

    @Override
    public void save() {}

    @Override
    public void restore() {}

    @Override
    public void clip(double x, double y, double w, double h) {}

    @Override
    public void setStroke(Color color) {}

    @Override
    public void setFill(Color color) {}

    @Override
    public void setLineWidth(double width) {}

    @Override
    public void setLineDashes(double... dashes) {}

    @Override
    public void setFont(Font font) {}

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {}

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {}

    @Override
    public void strokeRect(double x, double y, double w, double h) {}

    @Override
    public void fillRect(double x, double y, double w, double h) {}

    @Override
    public void fillText(String text, double x, double y, TextAlignment align, VPos baseline) {}

    @Override
    public double textWidth(String text) {
        return 0;
    }

    @Override
    public void drawRaster(PixelRaster raster, double x, double y, double w, double h) {}
}
