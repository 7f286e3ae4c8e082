package org.heliodeck.plot.lod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.TimeMapping;
import org.junit.jupiter.api.Test;

class LodPyramidTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long EPOCH = 600_000_000L * SECOND;

    /** Per-column min, max, first, last and flags equal a direct scan of the samples in each column. */
    @Property(tries = 300)
    void columnsEqualADirectScan(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20_000) int n,
            @ForAll @IntRange(min = 1, max = 700) int width) {
        Random random = new Random(seed);
        Series s = Series.random(random, n);
        LodPyramid pyramid = LodPyramid.of(s.times, s.values);
        TimeMapping mapping = randomMapping(random, s, width);
        assertMatchesScan(pyramid, s, mapping);
    }

    /** Double values are summarised by floats rounded outwards: the column bounds still hold every value. */
    @Property(tries = 100)
    void doubleValuesAreBoundedWithinAFloatStep(@ForAll long seed, @ForAll @IntRange(min = 100, max = 20_000) int n) {
        Random random = new Random(seed);
        long[] times = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = EPOCH + i * SECOND;
            values[i] = random.nextGaussian() * 1e3;
        }
        LodPyramid pyramid = LodPyramid.of(times, values);
        TimeMapping mapping = new TimeMapping(new TimeRange(times[0], times[n - 1] + 1), 0, 1 + random.nextInt(40));
        if (pyramid.reduce(mapping) instanceof ColumnReduction r) {
            for (int c = 0; c < r.columns(); c++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (times[i] >= r.start(c) && times[i] < r.start(c + 1)) {
                        lo = Math.min(lo, values[i]);
                        hi = Math.max(hi, values[i]);
                    }
                }
                assertThat(r.min(c)).isLessThanOrEqualTo(lo).isCloseTo(lo, within((double) Math.ulp((float) lo)));
                assertThat(r.max(c)).isGreaterThanOrEqualTo(hi).isCloseTo(hi, within((double) Math.ulp((float) hi)));
            }
        }
    }

    /** Fragments added in any order (overlapping ones replacing samples) give the pyramid of the merged data. */
    @Property(tries = 150)
    void fragmentsInAnyOrderEqualOneBuild(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int pieces,
            @ForAll @IntRange(min = 1, max = 8_000) int n) {
        Random random = new Random(seed);
        Series whole = Series.random(random, n);
        List<int[]> cuts = new ArrayList<>();
        for (int p = 0; p < pieces; p++) {
            int from = p * n / pieces;
            int to = (p + 1) * n / pieces;
            if (to > from) {
                cuts.add(new int[] {from, to});
            }
        }
        Collections.shuffle(cuts, random);
        int[] firstCut = cuts.getFirst();
        LodPyramid incremental = LodPyramid.of(slice(whole.times, firstCut), slice(whole.values, firstCut));
        for (int[] cut : cuts.subList(1, cuts.size())) {
            incremental.add(slice(whole.times, cut), slice(whole.values, cut));
        }
        // A fragment overlapping what is there: its samples replace the old ones at the same times.
        int from = random.nextInt(n);
        int to = Math.min(n, from + 1 + random.nextInt(100));
        float[] replaced = slice(whole.values, new int[] {from, to});
        for (int i = 0; i < replaced.length; i++) {
            replaced[i] += 1000;
            whole.values[from + i] += 1000;
        }
        incremental.add(slice(whole.times, new int[] {from, to}), replaced);

        LodPyramid once = LodPyramid.of(whole.times, whole.values);
        assertThat(incremental.size()).isEqualTo(n);
        assertThat(incremental.gapThreshold()).isEqualTo(once.gapThreshold());
        assertThat(incremental.footprintBytes()).isEqualTo(once.footprintBytes());
        for (int k = 0; k < 5; k++) {
            TimeMapping mapping = randomMapping(random, whole, 1 + random.nextInt(300));
            assertMatchesScan(incremental, whole, mapping);
        }
    }

    @Test
    void aLongStepIsAGapAndNeverJoined() {
        long[] times = new long[4000];
        float[] values = new float[4000];
        for (int i = 0; i < times.length; i++) {
            times[i] = EPOCH + (i < 2000 ? i : i + 10_000) * SECOND;
            values[i] = i % 7;
        }
        LodPyramid pyramid = LodPyramid.of(times, values);
        assertThat(pyramid.gapThreshold()).isEqualTo(3 * SECOND);
        ColumnReduction r = (ColumnReduction) pyramid.reduce(
                new TimeMapping(new TimeRange(times[0], times[3999] + SECOND), 0, 100));
        int firstAfterGap = -1;
        for (int c = 0; c < r.columns(); c++) {
            if (r.start(c) > times[1999] && !r.isEmpty(c)) {
                firstAfterGap = c;
                break;
            }
        }
        assertThat(firstAfterGap).isPositive();
        assertThat(r.breaksBefore(firstAfterGap)).isTrue();
        assertThat(r.isEmpty(firstAfterGap - 1)).isTrue();
        assertThat(r.breaksBefore(firstAfterGap + 1)).isFalse();
    }

    @Test
    void zoomedInGivesTheExactSamplesAndOneBeyondEachEdge() {
        long[] times = {EPOCH, EPOCH + SECOND, EPOCH + 2 * SECOND, EPOCH + 3 * SECOND, EPOCH + 4 * SECOND};
        double[] values = {1, 2, Double.NaN, 4, 5};
        LodPyramid pyramid = LodPyramid.of(times, values);
        RawPoints p = (RawPoints) pyramid.reduce(new TimeMapping(new TimeRange(EPOCH + SECOND, EPOCH + 4 * SECOND), 0, 30));
        assertThat(p.size()).isEqualTo(4);
        assertThat(new double[] {p.value(0), p.value(1), p.value(2), p.value(3)}).containsExactly(1, 2, 4, 5);
        assertThat(p.x(1)).isEqualTo(0);
        assertThat(p.x(2)).isEqualTo(20);
        assertThat(new boolean[] {p.breaksBefore(0), p.breaksBefore(1), p.breaksBefore(2), p.breaksBefore(3)})
                .containsExactly(true, false, true, false);
    }

    @Test
    void extentIgnoresNonFiniteValues() {
        long[] times = new long[1000];
        double[] values = new double[1000];
        for (int i = 0; i < times.length; i++) {
            times[i] = EPOCH + i * SECOND;
            values[i] = i % 100 == 0 ? Double.NaN : i == 500 ? Double.NEGATIVE_INFINITY : i;
        }
        LodPyramid pyramid = LodPyramid.of(times, values);
        assertThat(pyramid.extent(times[10], times[990])).isEqualTo(new ValueExtent(10, 989));
        assertThat(pyramid.extent(times[100], times[101])).isEqualTo(ValueExtent.EMPTY);
    }

    /** The pyramid with float values stays within 1.2 × the raw arrays it summarises (array sizes, not timing). */
    @Test
    void memoryStaysWithinATenthOfTheRawArrays() {
        int n = 1_000_003;
        long[] times = new long[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            times[i] = EPOCH + i * SECOND;
        }
        LodPyramid pyramid = LodPyramid.of(times, values);
        assertThat(pyramid.footprintBytes()).isLessThanOrEqualTo((long) (1.12 * pyramid.rawBytes()));
        assertThat(LodPyramid.of(times, new double[n]).footprintBytes())
                .isLessThanOrEqualTo((long) (1.09 * 16L * n));
    }

    private static void assertMatchesScan(LodPyramid pyramid, Series s, TimeMapping mapping) {
        long threshold = pyramid.gapThreshold();
        Reduction reduction = pyramid.reduce(mapping);
        if (reduction instanceof ColumnReduction r) {
            assertThat(r.columns()).isEqualTo((int) Math.ceil(mapping.width()));
            for (int c = 0; c < r.columns(); c++) {
                Expected e = Expected.scan(s, r.start(c), r.start(c + 1), threshold);
                assertThat(r.isEmpty(c)).as("column %d empty", c).isEqualTo(e.first < 0);
                if (e.first >= 0) {
                    assertThat(r.min(c)).as("min of column %d", c).isEqualTo(e.min);
                    assertThat(r.max(c)).as("max of column %d", c).isEqualTo(e.max);
                    assertThat(r.first(c)).isEqualTo(s.values[e.first]);
                    assertThat(r.last(c)).isEqualTo(s.values[e.last]);
                    assertThat(r.breaksBefore(c)).as("break before column %d", c).isEqualTo(e.breaks);
                    assertThat(r.hasGap(c)).as("gap in column %d", c).isEqualTo(e.gap);
                }
            }
        } else {
            RawPoints p = (RawPoints) reduction;
            int from = Math.max(0, lowerBound(s.times, mapping.visible().start()) - 1);
            int to = Math.min(s.times.length, lowerBound(s.times, mapping.visible().stop()) + 1);
            int k = 0;
            int previous = -1;
            for (int i = from; i < to; i++) {
                if (Float.isFinite(s.values[i])) {
                    assertThat(p.time(k)).isEqualTo(s.times[i]);
                    assertThat(p.value(k)).isEqualTo(s.values[i]);
                    assertThat(p.breaksBefore(k)).isEqualTo(previous < 0 || previous != i - 1
                            || s.times[i] - s.times[previous] > threshold);
                    previous = i;
                    k++;
                }
            }
            assertThat(p.size()).isEqualTo(k);
        }
    }

    private static TimeMapping randomMapping(Random random, Series s, int width) {
        long lo = s.times.length == 0 ? EPOCH : s.times[0] - 50 * SECOND;
        long hi = s.times.length == 0 ? EPOCH + SECOND : s.times[s.times.length - 1] + 50 * SECOND;
        long a = lo + (long) (random.nextDouble() * (hi - lo));
        long b = lo + (long) (random.nextDouble() * (hi - lo));
        if (random.nextInt(4) == 0) {
            a = lo;
            b = hi;
        }
        long start = Math.min(a, b);
        long stop = Math.max(a, b) + 1;
        double w = random.nextBoolean() ? width : width + random.nextDouble();
        return new TimeMapping(new TimeRange(start, stop), random.nextInt(3) * 17.5, w);
    }

    private static int lowerBound(long[] times, long t) {
        int i = 0;
        while (i < times.length && times[i] < t) {
            i++;
        }
        return i;
    }

    private static long[] slice(long[] a, int[] cut) {
        return java.util.Arrays.copyOfRange(a, cut[0], cut[1]);
    }

    private static float[] slice(float[] a, int[] cut) {
        return java.util.Arrays.copyOfRange(a, cut[0], cut[1]);
    }

    /** A random series: mostly 1-s cadence with jitter, runs of NaN, and long steps. */
    private record Series(long[] times, float[] values) {

        static Series random(Random random, int n) {
            long[] times = new long[n];
            float[] values = new float[n];
            long t = EPOCH;
            int nanRun = 0;
            for (int i = 0; i < n; i++) {
                t += random.nextInt(200) == 0 ? (5 + random.nextInt(500)) * SECOND : SECOND + random.nextInt(1000);
                times[i] = t;
                if (nanRun == 0 && random.nextInt(300) == 0) {
                    nanRun = 1 + random.nextInt(random.nextBoolean() ? 5 : 2000);
                }
                values[i] = nanRun > 0 ? Float.NaN : (float) (random.nextGaussian() * 10);
                nanRun = Math.max(0, nanRun - 1);
            }
            return new Series(times, values);
        }
    }

    private record Expected(double min, double max, int first, int last, boolean breaks, boolean gap) {

        static Expected scan(Series s, long start, long stop, long threshold) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int first = -1;
            int last = -1;
            boolean gap = false;
            int previousInColumn = -1;
            for (int i = 0; i < s.times.length; i++) {
                if (s.times[i] < start || s.times[i] >= stop) {
                    continue;
                }
                if (previousInColumn >= 0 && s.times[i] - s.times[previousInColumn] > threshold) {
                    gap = true;
                }
                previousInColumn = i;
                float v = s.values[i];
                if (!Float.isFinite(v)) {
                    gap = true;
                    continue;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
            boolean breaks = true;
            if (first > 0) {
                int before = first - 1;
                while (before >= 0 && !Float.isFinite(s.values[before])) {
                    before--;
                }
                breaks = before < 0 || before != first - 1 || s.times[first] - s.times[before] > threshold;
            }
            return new Expected(min, max, first, last, breaks, gap);
        }
    }
}
