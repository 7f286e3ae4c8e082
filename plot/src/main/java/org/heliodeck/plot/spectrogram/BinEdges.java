package org.heliodeck.plot.spectrogram;

import org.heliodeck.core.model.Axis;

/**
 * The lower and upper bound of each bin of a record: the axis' own ranges when the source gave
 * them (ISTP deltas arrive as ranges), otherwise mid-points between neighbouring centres, geometric
 * on a log axis so that cells look evenly split there, with the outer bins as wide as their inner
 * neighbours' halves mirrored. A bin whose bounds cannot be known (NaN centre) gets NaN bounds.
 */
final class BinEdges {

    private BinEdges() {}

    /** Fills {@code lower} and {@code upper} (each {@code axis.size()} long) for variable record {@code record}. */
    static void of(Axis axis, int record, boolean log, double[] lower, double[] upper) {
        int n = axis.size();
        int r = axis.timeVarying() ? record : 0;
        if (axis.ranges().isPresent()) {
            Axis.Ranges ranges = axis.ranges().get();
            for (int b = 0; b < n; b++) {
                double lo = ranges.lower().get(r, b);
                double hi = ranges.upper().get(r, b);
                lower[b] = Math.min(lo, hi);
                upper[b] = Math.max(lo, hi);
            }
            return;
        }
        for (int b = 0; b < n; b++) {
            double c = axis.centre(record, b);
            double before = b > 0 ? middle(axis.centre(record, b - 1), c, log) : Double.NaN;
            double after = b < n - 1 ? middle(c, axis.centre(record, b + 1), log) : Double.NaN;
            // The outer bins mirror their one known bound about the centre; a lone bin gets a tenth of its centre
            // either side (on a log axis, a factor 0.9 below), or 0.5 either side of zero.
            if (Double.isNaN(before)) {
                before = Double.isNaN(after) ? scaled(c, 0.9, log) : mirror(after, c, log);
            }
            if (Double.isNaN(after)) {
                after = mirror(before, c, log);
            }
            lower[b] = Math.min(before, after);
            upper[b] = Math.max(before, after);
        }
    }

    private static double middle(double a, double b, boolean log) {
        return log && a > 0 && b > 0 ? Math.sqrt(a * b) : (a + b) / 2;
    }

    /** {@code edge} reflected about {@code centre}. */
    private static double mirror(double edge, double centre, boolean log) {
        return log && edge > 0 && centre > 0 ? centre * centre / edge : 2 * centre - edge;
    }

    private static double scaled(double centre, double factor, boolean log) {
        return log ? centre * factor : centre - Math.abs(centre) * (1 - factor) - (centre == 0 ? 0.5 : 0);
    }
}
