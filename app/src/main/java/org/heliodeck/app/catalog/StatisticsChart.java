package org.heliodeck.app.catalog;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.heliodeck.plot.axis.NumericTicks;

/**
 * One small chart of the statistics view on a canvas: a histogram's bars, or points (a scatter,
 * or positions with reference curves and the Earth in an equal-aspect frame). Clicking near a
 * point hands its index to the click handler. Drawn again when resized.
 */
final class StatisticsChart extends Pane {

    /** What the chart shows: bars, or points with curves; x and y spans and labels. */
    record Content(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin, double yMax,
            Histogram bars, double[] xs, double[] ys, List<Curve> curves, boolean equalAspect) {

        static Content histogram(String title, String xLabel, Histogram h) {
            int top = java.util.Arrays.stream(h.counts()).max().orElse(0);
            return new Content(title, xLabel, "events", h.min(), h.max(), 0, Math.max(1, top * 1.1), h, new double[0],
                    new double[0], List.of(), false);
        }

        static Content points(String title, String xLabel, String yLabel, double[] xs, double[] ys) {
            double[] x = span(xs);
            double[] y = span(ys);
            return new Content(title, xLabel, yLabel, x[0], x[1], y[0], y[1], null, xs, ys, List.of(), false);
        }

        /** Points in a frame of fixed span (Earth radii), with curves drawn first. */
        static Content map(String title, String xLabel, String yLabel, double[] xs, double[] ys, List<Curve> curves,
                double xMin, double xMax, double yMin, double yMax) {
            return new Content(title, xLabel, yLabel, xMin, xMax, yMin, yMax, null, xs, ys, curves, true);
        }

        private static double[] span(double[] values) {
            double lo = java.util.Arrays.stream(values).filter(Double::isFinite).min().orElse(0);
            double hi = java.util.Arrays.stream(values).filter(Double::isFinite).max().orElse(1);
            double pad = hi > lo ? (hi - lo) * 0.05 : 0.5;
            return new double[] {lo - pad, hi + pad};
        }
    }

    /** A reference line, {xs, ys}, named at its first point. */
    record Curve(String name, double[][] points) {}

    static final Color BAR = Color.web("#0072B2");
    static final Color POINT = Color.web("#D55E00");
    private static final double LEFT = 48;
    private static final double BOTTOM = 34;
    private static final double TOP = 22;
    private static final double RIGHT = 12;
    private static final double CLICK_REACH = 6;

    private final Canvas canvas = new Canvas();
    private Content content;
    private IntConsumer clicked = i -> {};
    /** Where the last draw put the plot area and scales. */
    private double left;
    private double top;
    private double xScale;
    private double yScale;

    StatisticsChart() {
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(400, 300);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        canvas.setOnMouseClicked(e -> pointAt(e.getX(), e.getY()).ifPresent(clicked));
    }

    void show(Content c) {
        content = c;
        draw();
    }

    Content content() {
        return content;
    }

    void onPointClicked(IntConsumer handler) {
        clicked = handler;
    }

    /** The index of the point drawn within reach of canvas (x, y), if any. */
    OptionalInt pointAt(double x, double y) {
        if (content == null) {
            return OptionalInt.empty();
        }
        int best = -1;
        double nearest = CLICK_REACH;
        for (int i = 0; i < content.xs().length; i++) {
            double d = Math.hypot(px(content.xs()[i]) - x, py(content.ys()[i]) - y);
            if (d <= nearest) {
                nearest = d;
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Canvas x of a value, as last drawn. */
    double px(double x) {
        return left + (x - content.xMin()) * xScale;
    }

    double py(double y) {
        return top - (y - content.yMax()) * yScale;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (content == null || w <= LEFT + RIGHT + 10 || h <= TOP + BOTTOM + 10) {
            return;
        }
        Content c = content;
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        xScale = plotW / (c.xMax() - c.xMin());
        yScale = plotH / (c.yMax() - c.yMin());
        left = LEFT;
        top = TOP;
        if (c.equalAspect()) {
            double s = Math.min(xScale, yScale);
            left = LEFT + (plotW - s * (c.xMax() - c.xMin())) / 2;
            top = TOP + (plotH - s * (c.yMax() - c.yMin())) / 2;
            xScale = s;
            yScale = s;
            plotW = s * (c.xMax() - c.xMin());
            plotH = s * (c.yMax() - c.yMin());
        }
        g.setFont(Font.font(11));
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(c.title(), w / 2, 4);
        axes(g, c, plotW, plotH);
        g.save();
        g.beginPath();
        g.rect(left, top, plotW, plotH);
        g.clip();
        if (c.bars() != null) {
            g.setFill(BAR);
            int[] counts = c.bars().counts();
            for (int i = 0; i < counts.length; i++) {
                double x0 = px(c.bars().min() + i * c.bars().binWidth());
                double x1 = px(c.bars().min() + (i + 1) * c.bars().binWidth());
                g.fillRect(x0 + 0.5, py(counts[i]), Math.max(1, x1 - x0 - 1), py(0) - py(counts[i]));
            }
        }
        g.setStroke(Color.GRAY);
        g.setLineWidth(1.2);
        for (Curve curve : c.curves()) {
            double[][] p = curve.points();
            g.beginPath();
            g.moveTo(px(p[0][0]), py(p[1][0]));
            for (int i = 1; i < p[0].length; i++) {
                g.lineTo(px(p[0][i]), py(p[1][i]));
            }
            g.stroke();
        }
        g.setFill(Color.GRAY);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        for (Curve curve : c.curves()) {
            // Named on its dusk/south flank, clear of the Earth and of the other curve's nose.
            double[][] p = curve.points();
            int at = p[0].length / 8;
            g.fillText(curve.name(), px(p[0][at]) + 3, py(p[1][at]) - 2);
        }
        if (c.bars() != null && c.bars().total() == 0) {
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("no event has a value", left + plotW / 2, top + plotH / 2);
        }
        if (c.equalAspect()) {
            earth(g);
        }
        g.setFill(POINT.deriveColor(0, 1, 1, 0.75));
        for (int i = 0; i < c.xs().length; i++) {
            if (Double.isFinite(c.xs()[i]) && Double.isFinite(c.ys()[i])) {
                g.fillOval(px(c.xs()[i]) - 3, py(c.ys()[i]) - 3, 6, 6);
            }
        }
        g.restore();
    }

    /** The Earth, its day side white and night side dark (the Sun towards +x). */
    private void earth(GraphicsContext g) {
        double r = xScale;
        double cx = px(0);
        double cy = py(0);
        g.setFill(Color.WHITE);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setFill(Color.rgb(40, 40, 40));
        g.fillArc(cx - r, cy - r, 2 * r, 2 * r, 90, 180, javafx.scene.shape.ArcType.ROUND);
        g.setStroke(Color.BLACK);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    private void axes(GraphicsContext g, Content c, double plotW, double plotH) {
        g.setStroke(Color.rgb(120, 120, 120));
        g.setLineWidth(1);
        g.strokeRect(left, top, plotW, plotH);
        g.setFill(Color.BLACK);
        NumericTicks xt = NumericTicks.linear(c.xMin(), c.xMax(), plotW, 60);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < xt.major().length; i++) {
            double x = px(xt.major()[i]);
            g.strokeLine(x, top + plotH, x, top + plotH + 4);
            g.fillText(xt.labels().get(i), x, top + plotH + 5);
        }
        g.fillText(c.xLabel(), left + plotW / 2, top + plotH + 18);
        NumericTicks yt = NumericTicks.linear(c.yMin(), c.yMax(), plotH, 30);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < yt.major().length; i++) {
            double y = py(yt.major()[i]);
            g.strokeLine(left - 4, y, left, y);
            g.fillText(yt.labels().get(i), left - 6, y);
        }
        g.save();
        g.translate(10, top + plotH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(c.yLabel(), 0, 0);
        g.restore();
    }
}
