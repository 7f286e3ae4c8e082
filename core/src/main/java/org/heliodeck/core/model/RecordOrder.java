package org.heliodeck.core.model;

import java.util.Arrays;

/**
 * Decides which records of raw input survive normalisation, and in what order: records whose time
 * is {@link Long#MIN_VALUE} (the CDF TT2000 fill) are dropped, the rest are stably sorted by time,
 * and of records sharing a time only the last (in input order) is kept.
 */
final class RecordOrder {

    /** The TT2000 fill value of CDF files: "no time". */
    static final long FILL_TIME = Long.MIN_VALUE;

    private RecordOrder() {}

    /**
     * The indices of the records to keep, in time order, or null when {@code times} is already
     * normalised (strictly increasing, no fill), so that the caller can adopt it unchanged.
     */
    static int[] normalising(long[] times) {
        if (isNormalised(times)) {
            return null;
        }
        int[] order = stableOrder(times);
        int kept = 0;
        for (int i = 0; i < order.length; i++) {
            long t = times[order[i]];
            boolean lastOfTime = i + 1 == order.length || times[order[i + 1]] != t;
            if (t != FILL_TIME && lastOfTime) {
                order[kept++] = order[i];
            }
        }
        return Arrays.copyOf(order, kept);
    }

    private static boolean isNormalised(long[] times) {
        if (times.length > 0 && times[0] == FILL_TIME) {
            return false;
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Indices of {@code times} sorted by time, equal times keeping input order. A natural merge
     * sort: it finds the ascending runs already there and merges them pairwise, so input that is
     * nearly sorted (pieces written one after another) costs O(n log pieces), not O(n log n), and
     * no index or time is ever boxed.
     */
    private static int[] stableOrder(long[] times) {
        int n = times.length;
        int[] runStarts = new int[n + 1];
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || times[i] < times[i - 1]) {
                runStarts[runs++] = i;
            }
        }
        runStarts[runs] = n;
        int[] from = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
        }
        int[] to = new int[n];
        while (runs > 1) {
            int merged = 0;
            for (int r = 0; r < runs; r += 2) {
                int lo = runStarts[r];
                int mid = runStarts[Math.min(r + 1, runs)];
                int hi = runStarts[Math.min(r + 2, runs)];
                merge(times, from, to, lo, mid, hi);
                runStarts[merged++] = lo;
            }
            runStarts[merged] = n;
            runs = merged;
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    /** Merges the sorted index runs {@code [lo, mid)} and {@code [mid, hi)} of {@code from} into {@code to}. */
    private static void merge(long[] times, int[] from, int[] to, int lo, int mid, int hi) {
        int a = lo;
        int b = mid;
        int out = lo;
        while (a < mid && b < hi) {
            // "<=" takes the left run first on ties: that is what keeps the sort stable.
            to[out++] = times[from[a]] <= times[from[b]] ? from[a++] : from[b++];
        }
        System.arraycopy(from, a, to, out, mid - a);
        out += mid - a;
        System.arraycopy(from, b, to, out, hi - b);
    }
}
