package org.heliodeck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.heliodeck.cdf.CdfData;
import org.heliodeck.cdf.CdfDataType;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.CdfVariable;
import org.heliodeck.cdf.CdfWriter;
import org.heliodeck.cdf.Compression;
import org.heliodeck.core.time.Tt2000;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.ac.bristol.star.cdf.CdfContent;
import uk.ac.bristol.star.cdf.CdfReader;
import uk.ac.bristol.star.cdf.Variable;

/**
 * Decoding a whole variable into a primitive array, against jcdf (which reads a record at a time
 * into its raw arrays) on the same file opened once. Files: a real compressed one from
 * ../shared/data, and two written here with our writer: 10⁷ records × 3 doubles uncompressed
 * (240 MB of values) and 10⁶ × 3 compressed with GZIP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class CdfReadBenchmark {

    @Param({"psp-mag-gzip", "generated-10M-plain", "generated-1M-gzip"})
    public String file;

    private Path path;
    private Path scratch;
    private CdfFile ours;
    private CdfVariable ourVariable;
    private Variable theirVariable;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String variable = "B";
        switch (file) {
            case "psp-mag-gzip" -> {
                path = SharedDataLocator.file("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf");
                variable = "psp_fld_l2_mag_RTN_1min";
            }
            case "generated-10M-plain" -> path = generate(10_000_000, false);
            default -> path = generate(1_000_000, true);
        }
        ours = CdfFile.open(path);
        ourVariable = ours.variable(variable).orElseThrow();
        String name = variable;
        for (Variable v : new CdfContent(new CdfReader(path.toFile())).getVariables()) {
            if (v.getName().equals(name)) {
                theirVariable = v;
            }
        }
        System.out.printf("%n%s: %s, %d records, %.1f MB of values%n", file, ourVariable, ourVariable.records(), megabytes());
    }

    /** Size of the decoded values, for throughput: MB/s = this / (ms per op) × 1000. */
    private double megabytes() {
        return (double) ourVariable.records() * ourVariable.valuesPerRecord() * ourVariable.type().size() / 1e6;
    }

    private Path generate(int records, boolean gzip) throws IOException {
        scratch = Files.createTempDirectory("heliodeck-bench");
        long[] time = new long[records];
        double[] b = new double[records * 3];
        long t0 = Tt2000.parse("2020-01-04");
        for (int i = 0; i < records; i++) {
            time[i] = t0 + i * 62_500_000L;
            b[3 * i] = Math.sin(i * 1e-3) * 5;
            b[3 * i + 1] = Math.cos(i * 1e-3) * 5;
            b[3 * i + 2] = (i % 1000) * 0.01 - 5;
        }
        Path out = scratch.resolve(file + ".cdf");
        new CdfWriter()
                .variable("Epoch", CdfDataType.TIME_TT2000, 1, new int[0], true, records, time, gzip ? Compression.GZIP : null, Map.of())
                .variable("B", CdfDataType.REAL8, 1, new int[] {3}, true, records, b, gzip ? Compression.GZIP : null, Map.of())
                .write(out);
        return out;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        ours.close();
        if (scratch != null) {
            Files.deleteIfExists(path);
            Files.deleteIfExists(scratch);
        }
    }

    @Benchmark
    public Object heliodeck() {
        CdfData data = ours.read(ourVariable);
        return data.array();
    }

    @Benchmark
    public Object peer() throws IOException {
        int records = theirVariable.getRecordCount();
        Object raw = theirVariable.createRawValueArray();
        int per = java.lang.reflect.Array.getLength(raw);
        Object all = java.lang.reflect.Array.newInstance(raw.getClass().getComponentType(), records * per);
        for (int r = 0; r < records; r++) {
            theirVariable.readRawRecord(r, raw);
            System.arraycopy(raw, 0, all, r * per, per);
        }
        return all;
    }
}
