package org.heliodeck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.heliodeck.cdf.CdfDataType;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.CdfWriter;
import org.heliodeck.cdf.Compression;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.ac.bristol.star.cdf.CdfContent;
import uk.ac.bristol.star.cdf.CdfReader;
import uk.ac.bristol.star.cdf.Variable;

/**
 * The first read of a compressed variable: open the file and decode the whole variable, each
 * operation, so that no cache of either reader helps. 10⁶ records × 3 doubles, GZIP, written with
 * our writer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CdfColdReadBenchmark {

    private Path scratch;
    private Path path;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        int records = 1_000_000;
        long[] time = new long[records];
        double[] b = new double[records * 3];
        for (int i = 0; i < records; i++) {
            time[i] = 631_152_069_184_000_000L + i * 62_500_000L;
            b[3 * i] = Math.sin(i * 1e-3) * 5;
            b[3 * i + 1] = Math.cos(i * 1e-3) * 5;
            b[3 * i + 2] = (i % 1000) * 0.01 - 5;
        }
        scratch = Files.createTempDirectory("heliodeck-bench");
        path = scratch.resolve("cold.cdf");
        new CdfWriter()
                .variable("Epoch", CdfDataType.TIME_TT2000, 1, new int[0], true, records, time, Compression.GZIP, Map.of())
                .variable("B", CdfDataType.REAL8, 1, new int[] {3}, true, records, b, Compression.GZIP, Map.of())
                .write(path);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(path);
        Files.deleteIfExists(scratch);
    }

    @Benchmark
    public Object heliodeck() throws IOException {
        try (CdfFile cdf = CdfFile.open(path)) {
            return cdf.read(cdf.variable("B").orElseThrow()).array();
        }
    }

    @Benchmark
    public Object peer() throws IOException {
        for (Variable v : new CdfContent(new CdfReader(path.toFile())).getVariables()) {
            if (v.getName().equals("B")) {
                int records = v.getRecordCount();
                Object raw = v.createRawValueArray();
                double[] all = new double[records * 3];
                for (int r = 0; r < records; r++) {
                    v.readRawRecord(r, raw);
                    System.arraycopy(raw, 0, all, r * 3, 3);
                }
                return all;
            }
        }
        throw new IllegalStateException("no variable B");
    }
}
