package org.heliodeck.ml.features;

import java.util.Arrays;
import java.util.List;

/**
 * Features on a time grid: one row a step, one column a feature, missing values NaN.
 *
 * @param times TT2000 start of each step, increasing
 * @param names one per column
 * @param rowMajor {@code times.length × names.size()} values, row after row (as XGBoost takes them)
 */
public record FeatureTable(long[] times, List<String> names, float[] rowMajor) {

    public FeatureTable {
        names = List.copyOf(names);
        if (rowMajor.length != (long) times.length * names.size()) {
            throw new IllegalArgumentException(rowMajor.length + " values are not " + times.length + " rows of "
                    + names.size() + " features");
        }
    }

    public int rows() {
        return times.length;
    }

    public int columns() {
        return names.size();
    }

    public float get(int row, int column) {
        return rowMajor[row * names.size() + column];
    }

    /** One column, by name. */
    public float[] column(String name) {
        int c = names.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no feature '" + name + "'; features: " + String.join(", ", names));
        }
        float[] out = new float[rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = get(r, c);
        }
        return out;
    }

    /** Rows {@code [from, to)}, copied. */
    public FeatureTable rows(int from, int to) {
        int n = names.size();
        long[] t = Arrays.copyOfRange(times, from, to);
        return new FeatureTable(t, names, Arrays.copyOfRange(rowMajor, from * n, to * n));
    }

    /** The given rows, in order, copied. */
    public FeatureTable select(int[] rowIndices) {
        int n = names.size();
        long[] t = new long[rowIndices.length];
        float[] v = new float[rowIndices.length * n];
        for (int i = 0; i < rowIndices.length; i++) {
            t[i] = times[rowIndices[i]];
            System.arraycopy(rowMajor, rowIndices[i] * n, v, i * n, n);
        }
        return new FeatureTable(t, names, v);
    }
}
