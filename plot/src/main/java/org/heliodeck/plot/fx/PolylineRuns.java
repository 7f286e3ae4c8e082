package org.heliodeck.plot.fx;

/**
 * The rule every surface follows for {@code strokePolyline}: a point with a non-finite
 * coordinate (a gap in the data) breaks the line there, so that no surface bridges a gap and
 * none drops the rest of the line.
 */
public final class PolylineRuns {

    /** A point of the line, and whether it starts a run (a move) or continues one (a line to it). */
    @FunctionalInterface
    public interface Vertex {
        void accept(double x, double y, boolean startsRun);
    }

    private PolylineRuns() {
    }

    /** Visits the first {@code n} points that have finite coordinates, in order. */
    public static void forEach(double[] xs, double[] ys, int n, Vertex vertex) {
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (Double.isFinite(x) && Double.isFinite(y)) {
                vertex.accept(x, y, !inRun);
                inRun = true;
            } else {
                inRun = false;
            }
        }
    }
}
