package org.heliodeck.ml.features;

/**
 * Mean, standard deviation, minimum and maximum of a series over a centred sliding window, NaN
 * ignored: a window whose samples are all NaN gives NaN. The window of width {@code w} at step
 * {@code i} spans steps {@code [i − w/2, i − w/2 + w)}, cut at the ends of the series.
 */
final class WindowStatistics {

    /** The four statistics, in this order, each one value a step. */
    static final String[] NAMES = {"mean", "std", "min", "max"};

    private WindowStatistics() {}

    /** @return {@code [mean, std, min, max]}, each as long as {@code x} */
    static double[][] of(double[] x, int width) {
        int n = x.length;
        // Prefix sums over the valid samples make mean and std O(1) a step.
        double[] sum = new double[n + 1];
        double[] sum2 = new double[n + 1];
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            boolean valid = !Double.isNaN(x[i]);
            sum[i + 1] = sum[i] + (valid ? x[i] : 0);
            sum2[i + 1] = sum2[i] + (valid ? x[i] * x[i] : 0);
            count[i + 1] = count[i] + (valid ? 1 : 0);
        }
        double[][] out = new double[4][n];
        int half = width / 2;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(n, i - half + width);
            int c = count[to] - count[from];
            if (c == 0) {
                for (double[] o : out) {
                    o[i] = Double.NaN;
                }
                continue;
            }
            double mean = (sum[to] - sum[from]) / c;
            out[0][i] = mean;
            out[1][i] = Math.sqrt(Math.max(0, (sum2[to] - sum2[from]) / c - mean * mean));
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = from; j < to; j++) {
                if (!Double.isNaN(x[j])) {
                    min = Math.min(min, x[j]);
                    max = Math.max(max, x[j]);
                }
            }
            out[2][i] = min;
            out[3][i] = max;
        }
        return out;
    }
}
