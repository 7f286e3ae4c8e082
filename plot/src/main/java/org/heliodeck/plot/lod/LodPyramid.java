package org.heliodeck.plot.lod;

import java.util.Arrays;
import org.heliodeck.plot.TimeMapping;

/**
 * One scalar component of a time series (TT2000 times, float or double values) with a min/max
 * pyramid over it, so that any range of samples is summarised in O(log N) reads and a frame is
 * reduced to its pixel columns in time that depends on the columns, not on N.
 *
 * <p>Level {@code l ≥ 1} holds one bucket per complete run of {@code 8^l} samples (8, 64, 512, …);
 * level 0 is the raw data itself. A bucket keeps the min and max of its finite values as floats
 * rounded outwards (so they still bound the data) and two flags: {@link #INNER_GAP} (a non-finite
 * value, or a time step longer than the gap threshold, between two of its own samples) and
 * {@link #STEP_IN} (a long step from the sample before it to its first). Keeping the step that
 * enters a bucket, rather than the one that leaves it, means appending data never changes an
 * existing bucket. Only complete buckets are stored: a range query that reaches the incomplete
 * tail reads it from the level below. With floats and a fan-out of 8 the pyramid costs about
 * 1.3 bytes a sample, against 12 (float values) or 16 (double) for the raw arrays.
 *
 * <p>A time step longer than {@code gapFactor} × the median cadence is a gap: lines are not drawn
 * across it, nor across non-finite values. The median is estimated from the data each time data
 * is added; should the estimate move, the flags are rebuilt.
 *
 * <p>Fragments may arrive in any order ({@link #add}). They are merged into the time-ordered
 * arrays (a sample at a time already held replaces the old one, as a later fragment does in the
 * data layer's merge), and the pyramid is recomputed from the first bucket that contains a
 * changed index onwards: a fragment after the existing data (the common case) computes only its
 * own buckets; one inserted before or among existing data recomputes from there to the end. The
 * raw arrays are reallocated at their exact new size on each add, to keep memory near the raw
 * data; that is a copy, not a recomputation.
 *
 * <p>Not thread-safe: add data and query from one thread (the FX thread, or a renderer's own).
 */
public final class LodPyramid {

    /** Gap threshold, in median cadences, unless given. */
    public static final double DEFAULT_GAP_FACTOR = 3;
    /** Columns holding on average at most this many samples get the exact points instead of a summary. */
    public static final double RAW_SAMPLES_PER_COLUMN = 2;

    static final byte INNER_GAP = 1;
    static final byte STEP_IN = 2;
    private static final int SHIFT = 3;
    private static final int MAX_LEVELS = 11;
    /** Steps sampled to estimate the median cadence: enough for a stable median, cheap at 10⁷ samples. */
    private static final int CADENCE_SAMPLES = 4097;

    private final double gapFactor;
    private long[] times;
    /** Exactly one of the two holds the values. */
    private double[] doubles;
    private float[] floats;
    private long gapThreshold = Long.MAX_VALUE;
    private long medianStep = 1;
    private int levels;
    private final float[][] mins = new float[MAX_LEVELS + 1][];
    private final float[][] maxs = new float[MAX_LEVELS + 1][];
    private final byte[][] flags = new byte[MAX_LEVELS + 1][];

    private LodPyramid(long[] times, double[] doubles, float[] floats, double gapFactor) {
        if (!(gapFactor > 1)) {
            throw new IllegalArgumentException("a gap factor must exceed 1, not " + gapFactor);
        }
        int n = doubles != null ? doubles.length : floats.length;
        if (times.length != n) {
            throw new IllegalArgumentException(times.length + " times for " + n + " values");
        }
        requireSorted(times);
        this.gapFactor = gapFactor;
        this.times = times;
        this.doubles = doubles;
        this.floats = floats;
        rebuildFrom(0, true);
    }

    /** Adopts the arrays (not copied, so they must not change) with the default gap factor. */
    public static LodPyramid of(long[] times, double[] values) {
        return new LodPyramid(times, values, null, DEFAULT_GAP_FACTOR);
    }

    /** As {@link #of(long[], double[])}, for float values (the pyramid then costs no more than 11 % of them). */
    public static LodPyramid of(long[] times, float[] values) {
        return new LodPyramid(times, null, values, DEFAULT_GAP_FACTOR);
    }

    /** Adopts the arrays; a step longer than {@code gapFactor} median cadences is a gap. */
    public static LodPyramid of(long[] times, double[] values, double gapFactor) {
        return new LodPyramid(times, values, null, gapFactor);
    }

    public static LodPyramid of(long[] times, float[] values, double gapFactor) {
        return new LodPyramid(times, null, values, gapFactor);
    }

    /**
     * Merges a time-ordered fragment into the series, wherever its times fall. Float pyramids keep
     * float values (double ones are narrowed), double pyramids widen float ones.
     */
    public void add(long[] fragmentTimes, double[] fragmentValues) {
        if (fragmentTimes.length != fragmentValues.length) {
            throw new IllegalArgumentException(fragmentTimes.length + " times for " + fragmentValues.length + " values");
        }
        merge(fragmentTimes, i -> fragmentValues[i]);
    }

    public void add(long[] fragmentTimes, float[] fragmentValues) {
        if (fragmentTimes.length != fragmentValues.length) {
            throw new IllegalArgumentException(fragmentTimes.length + " times for " + fragmentValues.length + " values");
        }
        merge(fragmentTimes, i -> fragmentValues[i]);
    }

    public int size() {
        return times.length;
    }

    public long time(int index) {
        return times[index];
    }

    public double value(int index) {
        return floats != null ? floats[index] : doubles[index];
    }

    /** Steps between consecutive samples longer than this (ns) are gaps. */
    public long gapThreshold() {
        return gapThreshold;
    }

    /** The index of the first sample at or after {@code t} ({@link #size()} when none). */
    public int indexAtOrAfter(long t) {
        int i = Arrays.binarySearch(times, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && times[i - 1] == t) {
            i--;
        }
        return i;
    }

    /**
     * The data drawn in {@code mapping}'s pixel columns: a {@link ColumnReduction} (min, max, first,
     * last per column) while columns hold more than {@link #RAW_SAMPLES_PER_COLUMN} samples on
     * average, else the exact {@link RawPoints} (plus one sample beyond each edge, so that lines run
     * off the plot rather than stop short of it).
     */
    public Reduction reduce(TimeMapping mapping) {
        int columns = (int) Math.ceil(mapping.width());
        int from = indexAtOrAfter(mapping.visible().start());
        int to = indexAtOrAfter(mapping.visible().stop());
        if (to - from <= RAW_SAMPLES_PER_COLUMN * columns) {
            return rawPoints(mapping, Math.max(0, from - 1), Math.min(size(), to + 1));
        }
        return columns(mapping, columns, from);
    }

    /** The smallest and largest finite values in the time range, or empty when it holds none. */
    public ValueExtent extent(long start, long stop) {
        int from = indexAtOrAfter(start);
        int to = indexAtOrAfter(stop);
        Summary s = new Summary();
        s.reset(from);
        scan(from, to, s);
        return s.lo <= s.hi ? new ValueExtent(s.lo, s.hi) : ValueExtent.EMPTY;
    }

    /** Bytes held in arrays: the raw times and values plus the pyramid. */
    public long footprintBytes() {
        long bytes = 8L * times.length + (floats != null ? 4L * floats.length : 8L * doubles.length);
        for (int l = 1; l <= levels; l++) {
            bytes += 9L * mins[l].length;
        }
        return bytes;
    }

    /** Bytes held by the raw times and values alone. */
    public long rawBytes() {
        return times.length * (floats != null ? 12L : 16L);
    }

    private RawPoints rawPoints(TimeMapping mapping, int from, int to) {
        RawPoints points = new RawPoints(to - from);
        int previous = -1;
        for (int i = from; i < to; i++) {
            double v = value(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            boolean breaks = previous < 0 || i - previous > 1 || times[i] - times[previous] > gapThreshold;
            points.add(times[i], mapping.x(times[i]) - mapping.left(), v, breaks);
            previous = i;
        }
        return points;
    }

    private ColumnReduction columns(TimeMapping mapping, int columns, int from) {
        ColumnReduction r = new ColumnReduction(columns);
        Summary s = new Summary();
        int a = from;
        int previousLast = from > 0 ? previousFinite(from - 1, 0) : -1;
        for (int c = 0; c < columns; c++) {
            long end = mapping.time(mapping.left() + c + 1);
            r.setStart(c, c == 0 ? mapping.visible().start() : mapping.time(mapping.left() + c));
            int b = gallop(a, end);
            int first = b > a ? nextFinite(a, b) : -1;
            if (first >= 0) {
                int last = previousFinite(b - 1, first);
                s.reset(a);
                scan(a, b, s);
                boolean breaks = previousLast < 0 || first - previousLast > 1
                        || times[first] - times[previousLast] > gapThreshold;
                r.set(c, s.lo, s.hi, value(first), value(last), breaks, s.gap);
                previousLast = last;
            }
            a = b;
        }
        r.setStart(columns, mapping.time(mapping.left() + columns));
        return r;
    }

    /**
     * The first index in {@code [from, size]} whose time is at or after {@code t}. Searches outwards
     * from where the median cadence says it is: with regular sampling that guess is off by a sample
     * or two, so a column edge costs a few reads instead of a binary search's cache misses.
     */
    private int gallop(int from, long t) {
        int n = times.length;
        if (from >= n || times[from] >= t) {
            return from;
        }
        // In doubles: far-off times (a view zoomed out to centuries) must not overflow the difference.
        double guess = from + ((double) t - (double) times[from]) / medianStep;
        int g = (int) Math.max(from + 1, Math.min(n, guess));
        if (g < n && times[g] < t) {
            return searchForward(g, t);
        }
        // times[from] < t <= times[g] (or g == n): search backwards from g.
        int high = g;
        int step = 1;
        while (high - step > from && times[high - step] >= t) {
            high -= step;
            step <<= 1;
        }
        return bisect(Math.max(from, high - step), high, t);
    }

    /** The first index at or after {@code t}, given {@code times[low] < t}, galloping forwards. */
    private int searchForward(int low, long t) {
        int n = times.length;
        int step = 1;
        while (low + step < n && times[low + step] < t) {
            low += step;
            step <<= 1;
        }
        return bisect(low, Math.min(n, low + step), t);
    }

    /** Given {@code times[low] < t} and {@code times[high] >= t} (or {@code high == size}), the first index at or after t. */
    private int bisect(int low, int high, long t) {
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (times[mid] < t) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /**
     * Folds samples {@code [a, b)} into {@code s}, climbing the pyramid from the left edge and
     * coming down towards the right one, so that at most 7 buckets a level are read on each side.
     */
    private void scan(int a, int b, Summary s) {
        long i = a;
        int level = 0;
        while (level < levels) {
            long next = 1L << SHIFT * (level + 1);
            long aligned = (i + next - 1) / next * next;
            if (aligned + next > b) {
                break;
            }
            long step = 1L << SHIFT * level;
            for (; i < aligned; i += step) {
                take(level, (int) i, s);
            }
            level++;
        }
        for (; level >= 0; level--) {
            long step = 1L << SHIFT * level;
            for (; i + step <= b; i += step) {
                take(level, (int) i, s);
            }
        }
    }

    private void take(int level, int i, Summary s) {
        if (level == 0) {
            double v = value(i);
            if (Double.isFinite(v)) {
                if (v < s.lo) {
                    s.lo = v;
                }
                if (v > s.hi) {
                    s.hi = v;
                }
            } else {
                s.gap = true;
            }
            if (i > s.start && times[i] - times[i - 1] > gapThreshold) {
                s.gap = true;
            }
            return;
        }
        int bucket = i >>> SHIFT * level;
        byte f = flags[level][bucket];
        if ((f & INNER_GAP) != 0 || i > s.start && (f & STEP_IN) != 0) {
            s.gap = true;
        }
        float lo = mins[level][bucket];
        float hi = maxs[level][bucket];
        if (lo < s.lo) {
            s.lo = lo;
        }
        if (hi > s.hi) {
            s.hi = hi;
        }
    }

    /** The first index in {@code [i, limit)} holding a finite value, or -1; skips empty buckets whole. */
    int nextFinite(int i, int limit) {
        outer:
        while (i < limit) {
            if (Double.isFinite(value(i))) {
                return i;
            }
            for (int l = levels; l >= 1; l--) {
                int size = 1 << SHIFT * l;
                if ((i & size - 1) == 0 && (long) i + size <= limit && isEmpty(l, i >>> SHIFT * l)) {
                    i += size;
                    continue outer;
                }
            }
            i++;
        }
        return -1;
    }

    /** The last index in {@code [floor, i]} holding a finite value, or -1. */
    int previousFinite(int i, int floor) {
        outer:
        while (i >= floor) {
            if (Double.isFinite(value(i))) {
                return i;
            }
            for (int l = levels; l >= 1; l--) {
                int size = 1 << SHIFT * l;
                int start = i + 1 - size;
                if ((i + 1 & size - 1) == 0 && start >= floor && isEmpty(l, start >>> SHIFT * l)) {
                    i = start - 1;
                    continue outer;
                }
            }
            i--;
        }
        return -1;
    }

    private boolean isEmpty(int level, int bucket) {
        return !(mins[level][bucket] <= maxs[level][bucket]);
    }

    private interface Source {
        double get(int i);
    }

    private void merge(long[] fragmentTimes, Source fragmentValues) {
        requireSorted(fragmentTimes);
        int m = fragmentTimes.length;
        if (m == 0) {
            return;
        }
        int n = times.length;
        int changedFrom = indexAtOrAfter(fragmentTimes[0]);
        int duplicates = 0;
        for (int i = 0, j = changedFrom; i < m; i++) {
            j = gallop(j, fragmentTimes[i]);
            if (j < n && times[j] == fragmentTimes[i]) {
                duplicates++;
            }
        }
        long[] mergedTimes = Arrays.copyOf(times, n + m - duplicates);
        double[] mergedDoubles = doubles != null ? Arrays.copyOf(doubles, mergedTimes.length) : null;
        float[] mergedFloats = floats != null ? Arrays.copyOf(floats, mergedTimes.length) : null;
        int i = changedFrom;
        int j = 0;
        int k = changedFrom;
        while (i < n || j < m) {
            boolean fromFragment = i >= n || j < m && fragmentTimes[j] <= times[i];
            if (fromFragment) {
                if (i < n && times[i] == fragmentTimes[j]) {
                    i++;
                }
                mergedTimes[k] = fragmentTimes[j];
                put(mergedDoubles, mergedFloats, k, fragmentValues.get(j));
                j++;
            } else {
                mergedTimes[k] = times[i];
                put(mergedDoubles, mergedFloats, k, value(i));
                i++;
            }
            k++;
        }
        times = mergedTimes;
        doubles = mergedDoubles;
        floats = mergedFloats;
        rebuildFrom(changedFrom, false);
    }

    private static void put(double[] d, float[] f, int i, double v) {
        if (d != null) {
            d[i] = v;
        } else {
            f[i] = (float) v;
        }
    }

    private void rebuildFrom(int changedFrom, boolean all) {
        medianStep = estimateMedianStep();
        long threshold = estimateGapThreshold();
        int from = all || threshold != gapThreshold ? 0 : changedFrom;
        gapThreshold = threshold;
        int n = times.length;
        int count = 0;
        while (count < MAX_LEVELS && n >>> SHIFT * (count + 1) > 0) {
            count++;
        }
        for (int l = count + 1; l <= levels; l++) {
            mins[l] = null;
            maxs[l] = null;
            flags[l] = null;
        }
        levels = count;
        for (int l = 1; l <= levels; l++) {
            int buckets = n >>> SHIFT * l;
            mins[l] = mins[l] == null ? new float[buckets] : Arrays.copyOf(mins[l], buckets);
            maxs[l] = maxs[l] == null ? new float[buckets] : Arrays.copyOf(maxs[l], buckets);
            flags[l] = flags[l] == null ? new byte[buckets] : Arrays.copyOf(flags[l], buckets);
            int first = from >>> SHIFT * l;
            if (l == 1) {
                buildFromSamples(first, buckets);
            } else {
                buildFromChildren(l, first, buckets);
            }
        }
    }

    private void buildFromSamples(int firstBucket, int buckets) {
        float[] lo = mins[1];
        float[] hi = maxs[1];
        byte[] f = flags[1];
        for (int b = firstBucket; b < buckets; b++) {
            int start = b << SHIFT;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int flag = start > 0 && times[start] - times[start - 1] > gapThreshold ? STEP_IN : 0;
            for (int i = start; i < start + (1 << SHIFT); i++) {
                double v = value(i);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                } else {
                    flag |= INNER_GAP;
                }
                if (i > start && times[i] - times[i - 1] > gapThreshold) {
                    flag |= INNER_GAP;
                }
            }
            lo[b] = min <= max ? down(min) : Float.POSITIVE_INFINITY;
            hi[b] = min <= max ? up(max) : Float.NEGATIVE_INFINITY;
            f[b] = (byte) flag;
        }
    }

    private void buildFromChildren(int level, int firstBucket, int buckets) {
        float[] childLo = mins[level - 1];
        float[] childHi = maxs[level - 1];
        byte[] childFlags = flags[level - 1];
        for (int b = firstBucket; b < buckets; b++) {
            int c0 = b << SHIFT;
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            int flag = childFlags[c0];
            for (int c = c0; c < c0 + (1 << SHIFT); c++) {
                min = Math.min(min, childLo[c]);
                max = Math.max(max, childHi[c]);
                if (c > c0 && childFlags[c] != 0) {
                    flag |= INNER_GAP;
                }
            }
            mins[level][b] = min;
            maxs[level][b] = max;
            flags[level][b] = (byte) flag;
        }
    }

    /** {@code gapFactor} × the median step; none with fewer than two steps. */
    private long estimateGapThreshold() {
        if (times.length < 3) {
            return Long.MAX_VALUE;
        }
        double threshold = gapFactor * medianStep;
        return threshold >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) threshold;
    }

    /** The median step between samples, sampled evenly over the data (1 ns when there are none). */
    private long estimateMedianStep() {
        int steps = times.length - 1;
        if (steps < 1) {
            return 1;
        }
        int k = Math.min(steps, CADENCE_SAMPLES);
        long[] sample = new long[k];
        for (int s = 0; s < k; s++) {
            int i = (int) ((long) s * steps / k);
            sample[s] = times[i + 1] - times[i];
        }
        Arrays.sort(sample);
        return Math.max(1, sample[k / 2]);
    }

    /** The float at or below {@code v}, so that a float minimum still bounds the data. */
    private static float down(double v) {
        float f = (float) v;
        return f > v ? Math.nextDown(f) : Math.max(f, -Float.MAX_VALUE);
    }

    private static float up(double v) {
        float f = (float) v;
        return f < v ? Math.nextUp(f) : Math.min(f, Float.MAX_VALUE);
    }

    private static void requireSorted(long[] times) {
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times not increasing at index " + i);
            }
        }
    }

    /** The running min, max and gap flag of a range being folded, starting at sample {@code start}. */
    private static final class Summary {
        int start;
        double lo;
        double hi;
        boolean gap;

        void reset(int from) {
            start = from;
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            gap = false;
        }
    }
}
