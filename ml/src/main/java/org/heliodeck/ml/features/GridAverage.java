package org.heliodeck.ml.features;

import java.time.Duration;
import java.util.Arrays;
import org.heliodeck.core.model.Variable;

/**
 * Puts a scalar variable on a time grid: each step gets the NaN-aware mean of the records in it, so
 * a finer input (10-minute, 1-minute data) is averaged and an hourly one taken as is. A step holding
 * no valid record is NaN: a gap stays a gap, never bridged.
 */
final class GridAverage {

    private GridAverage() {}

    /** @param scalar a variable with one value a record */
    static double[] onto(long[] grid, Duration cadence, Variable scalar) {
        double[] sum = new double[grid.length];
        int[] count = new int[grid.length];
        var time = scalar.time();
        var values = scalar.values();
        int step = 0;
        for (int r = time.indexAtOrAfter(grid.length == 0 ? Long.MAX_VALUE : grid[0]); r < time.size(); r++) {
            long t = time.get(r);
            // Both the records and the steps increase, so the step only ever moves forward.
            while (step < grid.length && t >= TimeGrid.stepEnd(grid, step, cadence)) {
                step++;
            }
            if (step == grid.length) {
                break;
            }
            double v = values.get(r, 0);
            if (!Double.isNaN(v)) {
                sum[step] += v;
                count[step]++;
            }
        }
        double[] out = new double[grid.length];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < out.length; i++) {
            if (count[i] > 0) {
                out[i] = sum[i] / count[i];
            }
        }
        return out;
    }
}
