package org.heliodeck.plot.lod;

/**
 * The exact finite samples of a series in view (with the one before and the one after it), for
 * when there are about as many pixels as samples: each with its time, its position in pixels from
 * the mapping's left edge, its value, and whether the line from the previous point is broken (a gap
 * in time, or non-finite values left out between them).
 */
public final class RawPoints implements Reduction {

    private final long[] times;
    private final double[] xs;
    private final double[] values;
    private final boolean[] breaks;
    private int size;

    RawPoints(int capacity) {
        times = new long[capacity];
        xs = new double[capacity];
        values = new double[capacity];
        breaks = new boolean[capacity];
    }

    void add(long time, double x, double value, boolean breaksBefore) {
        times[size] = time;
        xs[size] = x;
        values[size] = value;
        breaks[size] = breaksBefore;
        size++;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[i];
    }

    public double x(int i) {
        return xs[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** True when no line joins point {@code i - 1} to point {@code i} (always true for the first). */
    public boolean breaksBefore(int i) {
        return breaks[i];
    }
}
