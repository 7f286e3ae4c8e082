package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.heliodeck.core.time.TimeRange;

/** Merge and slice laws over synthetic series: the algorithms, not the data, are under test here. */
class FragmentMergerPropertyTest {

    private static final Metadata METADATA = Metadata.builder().units("nT").label("B").build();

    @Property
    void anySplitIntoOverlappingFragmentsMergesBackToTheSeries(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 1, max = 1000) Integer> steps,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 300) Integer> cuts,
            @ForAll @IntRange(min = 0, max = 20) int overlap,
            @ForAll long seed) {
        Variable series = vectorSeries(steps, seed);
        List<Integer> bounds = new ArrayList<>(List.of(0, series.records()));
        cuts.forEach(c -> bounds.add(Math.min(c, series.records())));
        Collections.sort(bounds);
        List<Variable> fragments = new ArrayList<>();
        for (int i = 1; i < bounds.size(); i++) {
            int from = Math.max(0, bounds.get(i - 1) - overlap);
            fragments.add(series.sliceRecords(from, bounds.get(i)));
        }
        Collections.shuffle(fragments, new Random(seed));

        Variable merged = FragmentMerger.merge(fragments);

        assertThat(merged.time()).isEqualTo(series.time());
        assertThat(merged.values()).isEqualTo(series.values());
    }

    @Property
    void mergeAgreesWithAMapKeyedByTimeWhereTheLastFragmentWins(
            @ForAll @Size(min = 1, max = 6) List<@Size(max = 40) List<@LongRange(min = 0, max = 60) Long>> fragmentTimes) {
        Map<Long, Double> expected = new TreeMap<>();
        List<Variable> fragments = new ArrayList<>();
        for (int f = 0; f < fragmentTimes.size(); f++) {
            long[] times = fragmentTimes.get(f).stream().mapToLong(Long::longValue).toArray();
            double[] values = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                values[i] = f * 1000 + i;
                expected.put(times[i], values[i]);
            }
            fragments.add(Variable.of("P", "x", times, Values.of(values), List.of(), METADATA));
        }

        Variable merged = FragmentMerger.merge(fragments);

        assertThat(merged.time().toArray()).containsExactly(expected.keySet().stream().mapToLong(Long::longValue).toArray());
        assertThat(merged.values()).isEqualTo(Values.of(expected.values().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Property
    void sliceOfAMergeIsTheMergeOfTheSlices(
            @ForAll @Size(min = 1, max = 5) List<@Size(max = 30) List<@LongRange(min = 0, max = 100) Long>> fragmentTimes,
            @ForAll @LongRange(min = -10, max = 110) long start,
            @ForAll @LongRange(min = 0, max = 120) long length) {
        List<Variable> fragments = new ArrayList<>();
        for (List<Long> times : fragmentTimes) {
            long[] t = times.stream().mapToLong(Long::longValue).toArray();
            fragments.add(Variable.of("P", "x", t, Values.of(asDoubles(t)), List.of(), METADATA));
        }
        TimeRange range = new TimeRange(start, start + length);

        Variable sliceOfMerge = FragmentMerger.merge(fragments).slice(range);
        Variable mergeOfSlices = FragmentMerger.merge(fragments.stream().map(f -> f.slice(range)).toList());

        assertThat(mergeOfSlices.time()).isEqualTo(sliceOfMerge.time());
        assertThat(mergeOfSlices.values()).isEqualTo(sliceOfMerge.values());
    }

    /** A 3-component series whose times advance by {@code steps} and whose values are arbitrary but fixed by {@code seed}. */
    private static Variable vectorSeries(List<Integer> steps, long seed) {
        Random random = new Random(seed);
        long[] times = new long[steps.size()];
        double[] values = new double[3 * steps.size()];
        long t = random.nextLong(-1_000_000, 1_000_000);
        for (int i = 0; i < times.length; i++) {
            t += steps.get(i);
            times[i] = t;
            for (int e = 0; e < 3; e++) {
                values[3 * i + e] = random.nextInt(10) == 0 ? Double.NaN : random.nextGaussian();
            }
        }
        return Variable.of("P", "B", times, Values.of(values, 3), List.of(), METADATA);
    }

    private static double[] asDoubles(long[] times) {
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            out[i] = times[i] * 0.5;
        }
        return out;
    }
}
