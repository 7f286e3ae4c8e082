package org.heliodeck.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heliodeck.ml.features.FeatureTable;

/**
 * Describes candidate intervals for the {@link EventStage}: what a person checks before accepting a
 * detection. Per candidate: its duration; the mean, maximum and minimum step score inside, the mean
 * score over {@value #CONTEXT} steps before and after; for each step column (|B|, β, T/T_expected,
 * V, σB/|B|…) its mean and spread inside, its change from the first third to the last (a declining
 * V profile is an expanding ejecta), and its means before and after (the sheath ahead, the wind
 * behind); and, given a field vector, the angle between its mean directions in the first and last
 * thirds (a flux rope rotates).
 */
final class CandidateFeatures {

    /** Steps of context on each side: about half a day at the hourly cadence, a sheath's length. */
    static final int CONTEXT = 12;

    private CandidateFeatures() {}

    /** The names of the columns {@link #of} gives for these step columns and field vector. */
    static List<String> names(List<String> columns, List<String> vector) {
        List<String> names = new ArrayList<>(List.of("hours", "score_mean", "score_max", "score_min", "score_before",
                "score_after"));
        for (String c : columns) {
            for (String s : new String[] {"mean", "std", "change", "before", "after"}) {
                names.add(c + "_" + s);
            }
        }
        if (!vector.isEmpty()) {
            names.add("field_turn");
        }
        return names;
    }

    /**
     * @param times the step starts of {@code scores} and {@code steps}
     * @param steps the step columns, on the same grid as {@code scores}
     * @param vector the columns of the field vector's components among {@code steps}, or none
     */
    static FeatureTable of(List<Suggestion> candidates, long[] times, float[] scores, FeatureTable steps,
            List<String> columns, List<String> vector) {
        List<String> names = names(columns, vector);
        float[][] column = new float[columns.size()][];
        for (int c = 0; c < column.length; c++) {
            column[c] = steps.column(columns.get(c));
        }
        float[][] components = new float[vector.size()][];
        for (int c = 0; c < components.length; c++) {
            components[c] = steps.column(vector.get(c));
        }
        float[] out = new float[candidates.size() * names.size()];
        long[] starts = new long[candidates.size()];
        for (int k = 0; k < candidates.size(); k++) {
            Suggestion candidate = candidates.get(k);
            starts[k] = candidate.range().start();
            int from = index(times, candidate.range().start());
            int to = Math.max(from + 1, index(times, candidate.range().stop()));
            int third = Math.max(1, (to - from) / 3);
            int o = k * names.size();
            out[o++] = (float) (candidate.range().duration() / 3.6e12);
            out[o++] = mean(scores, from, to);
            out[o++] = extreme(scores, from, to, true);
            out[o++] = extreme(scores, from, to, false);
            out[o++] = mean(scores, from - CONTEXT, from);
            out[o++] = mean(scores, to, to + CONTEXT);
            for (float[] x : column) {
                float m = mean(x, from, to);
                out[o++] = m;
                out[o++] = spread(x, from, to, m);
                out[o++] = mean(x, to - third, to) - mean(x, from, from + third);
                out[o++] = mean(x, from - CONTEXT, from);
                out[o++] = mean(x, to, to + CONTEXT);
            }
            if (!vector.isEmpty()) {
                out[o] = turn(components, from, from + third, to - third, to);
            }
        }
        return new FeatureTable(starts, names, out);
    }

    /** The first step starting at or after {@code t}. */
    private static int index(long[] times, long t) {
        int i = Arrays.binarySearch(times, t);
        return i >= 0 ? i : -i - 1;
    }

    /** NaN-ignoring mean over steps {@code [from, to)} cut to the series; NaN when none is valid. */
    static float mean(float[] x, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(x.length, to); i++) {
            if (!Float.isNaN(x[i])) {
                sum += x[i];
                n++;
            }
        }
        return n == 0 ? Float.NaN : (float) (sum / n);
    }

    private static float spread(float[] x, int from, int to, float mean) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(x.length, to); i++) {
            if (!Float.isNaN(x[i])) {
                sum += (x[i] - mean) * (x[i] - mean);
                n++;
            }
        }
        return n == 0 ? Float.NaN : (float) Math.sqrt(sum / n);
    }

    private static float extreme(float[] x, int from, int to, boolean max) {
        float best = Float.NaN;
        for (int i = Math.max(0, from); i < Math.min(x.length, to); i++) {
            if (!Float.isNaN(x[i]) && (Float.isNaN(best) || (max ? x[i] > best : x[i] < best))) {
                best = x[i];
            }
        }
        return best;
    }

    /** Degrees between the mean vectors over steps {@code [a, b)} and {@code [c, d)}. */
    static float turn(float[][] components, int a, int b, int c, int d) {
        double dot = 0;
        double first = 0;
        double last = 0;
        for (float[] x : components) {
            double u = mean(x, a, b);
            double v = mean(x, c, d);
            dot += u * v;
            first += u * u;
            last += v * v;
        }
        double cos = dot / Math.sqrt(first * last);
        return Double.isNaN(cos) ? Float.NaN : (float) Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }
}
