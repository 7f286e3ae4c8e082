package org.heliodeck.bench;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.Tt2000;
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

/**
 * Parsing 10⁶ ISO 8601 timestamps (millisecond precision, 1995–2025, as in HAPI CSV) to TT2000,
 * against {@link Instant#parse} followed by the leap-second correction a careful peer would add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class IsoParseBenchmark {

    private static final int COUNT = 1_000_000;
    private static final long J2000_UNIX_NANOS = 946_727_935_816_000_000L;

    private String[] timestamps;
    /** TAI − UTC in seconds from each change (Unix seconds of its first day), for the peer. */
    private TreeMap<Long, Long> taiMinusUtc;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        long from = Tt2000.parse("1995-01-01");
        long to = Tt2000.parse("2025-01-01");
        timestamps = new String[COUNT];
        for (int i = 0; i < COUNT; i++) {
            long t = from + (long) (random.nextDouble() * (to - from));
            timestamps[i] = IsoTimeFormat.MILLIS.format(t);
        }
        taiMinusUtc = new TreeMap<>();
        int[][] changes = {{1994, 7, 29}, {1996, 1, 30}, {1997, 7, 31}, {1999, 1, 32}, {2006, 1, 33}, {2009, 1, 34},
            {2012, 7, 35}, {2015, 7, 36}, {2017, 1, 37}};
        for (int[] c : changes) {
            taiMinusUtc.put(java.time.LocalDate.of(c[0], c[1], 1).toEpochDay() * 86_400, (long) c[2]);
        }
    }

    @Benchmark
    public long heliodeck() {
        long sum = 0;
        for (String s : timestamps) {
            sum += Tt2000.parse(s);
        }
        return sum;
    }

    @Benchmark
    public long peer() {
        long sum = 0;
        for (String s : timestamps) {
            Instant instant = Instant.parse(s);
            Map.Entry<Long, Long> leap = taiMinusUtc.floorEntry(instant.getEpochSecond());
            sum += instant.getEpochSecond() * 1_000_000_000L + instant.getNano() - J2000_UNIX_NANOS
                    + (leap.getValue() - 32) * 1_000_000_000L;
        }
        return sum;
    }
}
