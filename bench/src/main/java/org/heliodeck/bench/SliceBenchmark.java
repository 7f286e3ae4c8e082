package org.heliodeck.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
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
 * Slicing a 10⁷-record three-component variable (~4 months of 1-s data) to a 1 % window, at
 * positions that change on every call as a user panning a plot does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
// A fixed, pre-touched heap: otherwise the first touch of each large new array (page faults
// while the heap grows) dominates and the scores measure the OS, not the code.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class SliceBenchmark {

    private static final int RECORDS = 10_000_000;
    private static final int COMPONENTS = 3;
    private static final long SECOND = 1_000_000_000L;
    private static final int POSITIONS = 64;

    private Variable variable;
    /** The same samples as {@link #variable}, as the plain arrays the peer works on. */
    private long[] times;
    private double[] values;
    private TimeRange[] windows;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        times = new long[RECORDS];
        values = new double[RECORDS * COMPONENTS];
        for (int i = 0; i < RECORDS; i++) {
            times[i] = i * SECOND;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = 5 * random.nextGaussian();
        }
        variable = Variable.of("BENCH", "B", times, Values.of(values, COMPONENTS), List.of(),
                Metadata.builder().units("nT").label("B").build());
        long width = RECORDS / 100 * SECOND;
        windows = new TimeRange[POSITIONS];
        for (int p = 0; p < POSITIONS; p++) {
            // Half-second offsets put the bounds between records, as a user's choice would.
            long start = random.nextLong(RECORDS * SECOND - width) + SECOND / 2;
            windows[p] = new TimeRange(start, start + width);
        }
    }

    private TimeRange nextWindow() {
        next = (next + 1) % POSITIONS;
        return windows[next];
    }

    @Benchmark
    public Variable heliodeck() {
        return variable.slice(nextWindow());
    }

    /** Linear scans for the bounds, then copies of the times and values between them. */
    @Benchmark
    public void peer(Blackhole blackhole) {
        TimeRange window = nextWindow();
        int from = 0;
        while (from < times.length && times[from] < window.start()) {
            from++;
        }
        int to = from;
        while (to < times.length && times[to] < window.stop()) {
            to++;
        }
        blackhole.consume(Arrays.copyOfRange(times, from, to));
        blackhole.consume(Arrays.copyOfRange(values, from * COMPONENTS, to * COMPONENTS));
    }
}
