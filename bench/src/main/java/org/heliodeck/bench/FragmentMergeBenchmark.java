package org.heliodeck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Merging 100 fragments of 10⁵ three-component records (a day of 1-s magnetic field in pieces),
 * each overlapping the next by 1 %, as cache pieces fetched with a margin do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
// A fixed, pre-touched heap: otherwise the first touch of each large new array (page faults
// while the heap grows) dominates and the scores measure the OS, not the code.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class FragmentMergeBenchmark {

    private static final int FRAGMENTS = 100;
    private static final int RECORDS = 100_000;
    private static final int OVERLAP = RECORDS / 100;
    private static final int COMPONENTS = 3;
    private static final long SECOND = 1_000_000_000L;

    private List<Variable> fragments;
    /** The same samples as {@link #fragments}, as the plain arrays the peer works on. */
    private long[][] times;
    private double[][] values;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        Metadata metadata = Metadata.builder().units("nT").label("B").build();
        fragments = new ArrayList<>(FRAGMENTS);
        times = new long[FRAGMENTS][];
        values = new double[FRAGMENTS][];
        for (int f = 0; f < FRAGMENTS; f++) {
            long first = (long) f * (RECORDS - OVERLAP);
            times[f] = new long[RECORDS];
            values[f] = new double[RECORDS * COMPONENTS];
            for (int i = 0; i < RECORDS; i++) {
                times[f][i] = (first + i) * SECOND;
            }
            for (int i = 0; i < values[f].length; i++) {
                values[f][i] = 5 * random.nextGaussian();
            }
            fragments.add(Variable.of("BENCH", "B", times[f], Values.of(values[f], COMPONENTS), List.of(), metadata));
        }
    }

    @Benchmark
    public Variable heliodeck() {
        return FragmentMerger.merge(fragments);
    }

    /** A map keyed by time (a later fragment replaces an earlier one's record), then unboxed back to arrays. */
    @Benchmark
    public void peer(Blackhole blackhole) {
        TreeMap<Long, double[]> byTime = new TreeMap<>();
        for (int f = 0; f < FRAGMENTS; f++) {
            for (int i = 0; i < times[f].length; i++) {
                byTime.put(times[f][i], new double[] {
                    values[f][i * COMPONENTS], values[f][i * COMPONENTS + 1], values[f][i * COMPONENTS + 2]
                });
            }
        }
        long[] mergedTimes = new long[byTime.size()];
        double[] mergedValues = new double[byTime.size() * COMPONENTS];
        int i = 0;
        for (Map.Entry<Long, double[]> record : byTime.entrySet()) {
            mergedTimes[i] = record.getKey();
            System.arraycopy(record.getValue(), 0, mergedValues, i * COMPONENTS, COMPONENTS);
            i++;
        }
        blackhole.consume(mergedTimes);
        blackhole.consume(mergedValues);
    }
}
