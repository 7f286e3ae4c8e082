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

    /** The named columns, in that order, copied. */
    public FeatureTable columns(List<String> wanted) {
        int[] from = new int[wanted.size()];
        for (int c = 0; c < from.length; c++) {
            from[c] = names.indexOf(wanted.get(c));
            if (from[c] < 0) {
                throw new IllegalArgumentException("no feature '" + wanted.get(c) + "'; features: " + String.join(", ", names));
            }
        }
        float[] v = new float[rows() * from.length];
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < from.length; c++) {
                v[r * from.length + c] = get(r, from[c]);
            }
        }
        return new FeatureTable(times, wanted, v);
    }

    /** The rows of tables with the same columns, one after the other. */
    public static FeatureTable concatenate(List<FeatureTable> parts, List<String> names) {
        long[] t = new long[parts.stream().mapToInt(FeatureTable::rows).sum()];
        float[] v = new float[t.length * names.size()];
        int row = 0;
        for (FeatureTable part : parts) {
            if (!part.names().equals(names)) {
                throw new IllegalArgumentException("columns " + part.names() + " are not " + names);
            }
            System.arraycopy(part.times(), 0, t, row, part.rows());
            System.arraycopy(part.rowMajor(), 0, v, row * names.size(), part.rowMajor().length);
            row += part.rows();
        }
        return new FeatureTable(t, names, v);
    }
}
