package org.heliodeck.plot.lod;

import java.util.Arrays;

/**
 * A series summarised per pixel column {@code c} (covering {@code [c, c + 1)} pixels from the
 * mapping's left edge, times {@code [start(c), start(c + 1))}): the min and max of its finite
 * values, the first and last finite value (so that lines join column to column as the data runs),
 * whether the line must not be joined to it from the previous finite sample (a gap or non-finite
 * values in between), and whether the column holds a gap itself.
 */
public final class ColumnReduction implements Reduction {

    private static final byte FILLED = 1;
    private static final byte BREAK_BEFORE = 2;
    private static final byte GAP = 4;

    private final double[] min;
    private final double[] max;
    private final double[] first;
    private final double[] last;
    private final byte[] flags;
    private final long[] starts;

    ColumnReduction(int columns) {
        min = new double[columns];
        max = new double[columns];
        first = new double[columns];
        last = new double[columns];
        flags = new byte[columns];
        starts = new long[columns + 1];
    }

    void set(int c, double lo, double hi, double firstValue, double lastValue, boolean breaks, boolean gap) {
        min[c] = lo;
        max[c] = hi;
        first[c] = firstValue;
        last[c] = lastValue;
        flags[c] = (byte) (FILLED | (breaks ? BREAK_BEFORE : 0) | (gap ? GAP : 0));
    }

    void setStart(int c, long time) {
        starts[c] = time;
    }

    public int columns() {
        return flags.length;
    }

    /** The first instant of column {@code c}; {@code start(columns())} ends the last column. */
    public long start(int c) {
        return starts[c];
    }

    /** True when the column holds no finite value: nothing is drawn there. */
    public boolean isEmpty(int c) {
        return (flags[c] & FILLED) == 0;
    }

    public double min(int c) {
        return min[c];
    }

    public double max(int c) {
        return max[c];
    }

    public double first(int c) {
        return first[c];
    }

    public double last(int c) {
        return last[c];
    }

    /** True when no line joins the previous finite sample to this column's first one. */
    public boolean breaksBefore(int c) {
        return (flags[c] & BREAK_BEFORE) != 0;
    }

    /** True when the column holds a non-finite value or a long time step between its own samples. */
    public boolean hasGap(int c) {
        return (flags[c] & GAP) != 0;
    }

    @Override
    public String toString() {
        return "ColumnReduction[" + flags.length + " columns, min " + Arrays.toString(Arrays.copyOf(min, 4)) + "…]";
    }
}
