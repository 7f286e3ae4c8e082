package org.heliodeck.ml.features;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/**
 * Builds the features of a {@link FeatureSpec} over a range: the inputs averaged onto the time grid
 * (a vector gives a column a component), the derived physical quantities, a gap flag, then the
 * sliding-window statistics of each. Columns in that order; see {@link #build}.
 */
public final class FeatureBuilder {

    /** The fraction of the input columns missing at a step: 0 in full data, 1 in a gap. */
    public static final String GAP = "gap";

    private static final Pattern WINDOW_STATISTIC = Pattern.compile(
            ".+_(" + String.join("|", WindowStatistics.NAMES) + ")_\\d+");

    private final FeatureSpec spec;

    public FeatureBuilder(FeatureSpec spec) {
        this.spec = spec;
    }

    /** Whether a column is a sliding-window statistic (named {@code SERIES_STATISTIC_WIDTH}) rather than a step value. */
    public static boolean isWindowStatistic(String column) {
        return WINDOW_STATISTIC.matcher(column).matches();
    }

    public FeatureSpec spec() {
        return spec;
    }

    /**
     * The features at each step of the grid over {@code range}. Window statistics near the ends see
     * only the data inside the range: a caller wanting steady values there builds a wider range and
     * keeps the middle ({@link FeatureSpec#widestWindow()} steps of margin suffice).
     *
     * @throws IOException when an input cannot be fetched
     */
    public FeatureTable build(TimeRange range, InputSource source) throws IOException {
        long[] grid = TimeGrid.over(range, spec.cadence());
        int n = grid.length;
        Map<String, double[]> base = new LinkedHashMap<>();
        Map<String, List<double[]>> roles = new LinkedHashMap<>();
        if (n > 0) {
            TimeRange fetched = TimeGrid.covered(grid, spec.cadence());
            for (InputSpec input : spec.inputs()) {
                List<Variable> got = source.fetch(input.provider(), input.dataset(), List.of(input.parameter()), fetched);
                List<double[]> columns = new ArrayList<>();
                for (Variable v : got) {
                    if (!v.name().equals(input.parameter())) {
                        continue;
                    }
                    if (v.values().rank() == 0) {
                        columns.add(put(base, input.parameter(), GridAverage.onto(grid, spec.cadence(), v)));
                    } else {
                        for (int c = 0; c < v.values().recordSize(); c++) {
                            Variable component = v.component(c);
                            columns.add(put(base, input.parameter() + "_" + component.metadata().label(),
                                    GridAverage.onto(grid, spec.cadence(), component)));
                        }
                    }
                }
                spec.roles().forEach((role, parameter) -> {
                    if (parameter.equals(input.parameter()) && !columns.isEmpty()) {
                        roles.put(role, columns);
                    }
                });
            }
        }
        double[] gap = gapFraction(base, n);
        Map<String, double[]> series = new LinkedHashMap<>(base);
        series.putAll(DerivedFeatures.of(roles, n, spec.cadence()));
        series.put(GAP, gap);
        return table(grid, series);
    }

    private FeatureTable table(long[] grid, Map<String, double[]> series) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        series.forEach((name, values) -> {
            names.add(name);
            columns.add(values);
        });
        series.forEach((name, values) -> {
            for (int w : spec.windows()) {
                double[][] stats = WindowStatistics.of(values, w);
                // The gap flag's mean is the missing fraction around a step; its spread adds nothing.
                int kept = name.equals(GAP) ? 1 : stats.length;
                for (int s = 0; s < kept; s++) {
                    names.add(name + "_" + WindowStatistics.NAMES[s] + "_" + w);
                    columns.add(stats[s]);
                }
            }
        });
        int n = grid.length;
        int m = columns.size();
        float[] rowMajor = new float[n * m];
        for (int c = 0; c < m; c++) {
            double[] col = columns.get(c);
            for (int r = 0; r < n; r++) {
                rowMajor[r * m + c] = (float) col[r];
            }
        }
        return new FeatureTable(grid, names, rowMajor);
    }

    private static double[] put(Map<String, double[]> base, String name, double[] values) {
        base.put(name, values);
        return values;
    }

    private static double[] gapFraction(Map<String, double[]> base, int n) {
        double[] gap = new double[n];
        for (int i = 0; i < n; i++) {
            int missing = 0;
            for (double[] column : base.values()) {
                if (Double.isNaN(column[i])) {
                    missing++;
                }
            }
            gap[i] = base.isEmpty() ? 1 : (double) missing / base.size();
        }
        return gap;
    }
}
