package org.heliodeck.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.cache.CacheKey;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.Fetcher;
import org.heliodeck.data.cache.FragmentCache;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cache hit: one day of 1-s three-component data (86,400 records) got from the fragment cache as
 * a Variable, index query, CRC32C check, inflating and decoding the CDF included. The peer reads
 * the same arrays back from a file of Java serialization (ObjectInputStream of long[] and double[],
 * no compression, no checksum), the plainest way a Java program keeps arrays on disk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CachedGetBenchmark {

    private static final int RECORDS = 86_400;
    private static final Fetcher NO_FETCH = f -> {
        throw new IllegalStateException("the benchmark's day is not cached: " + f);
    };

    private Path directory;
    private FragmentCache cache;
    private CacheKey key;
    private TimeRange day;
    private Path serialized;

    @Setup
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("heliodeck-cached-get");
        cache = FragmentCache.open(directory.resolve("cache"), CachePolicy.DEFAULT, Clock.systemUTC());
        day = TimeRange.of("2021-03-01", "2021-03-02");
        Random random = new Random(7);
        long[] times = new long[RECORDS];
        double[] values = new double[3 * RECORDS];
        long start = Tt2000.parse("2021-03-01");
        for (int i = 0; i < RECORDS; i++) {
            times[i] = start + i * 1_000_000_000L;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = 5 * random.nextGaussian();
        }
        serialized = directory.resolve("day.ser");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(serialized))) {
            out.writeObject(times.clone());
            out.writeObject(values.clone());
        }
        Variable b = Variable.of("PSP_FLD_L2_MAG_RTN_1MIN", "psp_fld_l2_mag_RTN", times, Values.of(values, 3), List.of(),
                Metadata.builder().units("nT").componentLabels(List.of("R", "T", "N")).build());
        key = CacheKey.unversioned("bench", b.product(), List.of(b.name()));
        cache.put(key, day, List.of(b));
    }

    @TearDown
    public void tearDown() throws IOException {
        cache.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Variable heliodeck() throws IOException {
        return cache.getOrFetch(key, day, Duration.ofDays(1), NO_FETCH).variables().getFirst();
    }

    @Benchmark
    public Variable peer() {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(serialized)))) {
            long[] times = (long[]) in.readObject();
            double[] values = (double[]) in.readObject();
            return Variable.of("PSP_FLD_L2_MAG_RTN_1MIN", "psp_fld_l2_mag_RTN", times, Values.of(values, 3), List.of(),
                    Metadata.builder().units("nT").build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
