package org.heliodeck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.Omni2;
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
 * Loading 18 years (1998–2015) of OMNI2 hourly files, 157 776 lines of 55 fields, from
 * {@code ../shared/data/omni2-hourly}: Heliodeck's {@link Omni2} reader (34 variables, fills to
 * NaN, TT2000 times, one merged data set) against what a competent developer writes by hand —
 * {@code BufferedReader}, {@code String.split("\\s+")} and {@code Double.parseDouble} on every field
 * into one {@code double[]} per column. The files stay in the page cache, so both measure parsing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class Omni2ParseBenchmark {

    private static final int FIELDS = 55;

    private List<Path> files;

    @Setup
    public void setUp() {
        Path dir = omniDirectory();
        files = IntStream.rangeClosed(1998, 2015).mapToObj(y -> dir.resolve("omni2_" + y + ".dat")).toList();
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                throw new IllegalStateException("OMNI2 benchmark skipped: " + f + " is absent");
            }
        }
    }

    @Benchmark
    public DataSet heliodeck() throws IOException {
        return Omni2.read(files);
    }

    @Benchmark
    public double[][] peer() throws IOException {
        List<double[]> rows = new ArrayList<>(160_000);
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file)) {
                String line;
                while ((line = in.readLine()) != null) {
                    String[] parts = line.trim().split("\\s+");
                    double[] row = new double[FIELDS];
                    for (int i = 0; i < FIELDS; i++) {
                        row[i] = Double.parseDouble(parts[i]);
                    }
                    rows.add(row);
                }
            }
        }
        double[][] columns = new double[FIELDS][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            for (int c = 0; c < FIELDS; c++) {
                columns[c][r] = row[c];
            }
        }
        return columns;
    }

    /** {@code ../shared/data/omni2-hourly} beside the checkout: the directory holding {@code .mvn}, found upwards from here. */
    private static Path omniDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                Path omni = dir.resolveSibling("shared").resolve("data").resolve("omni2-hourly");
                if (Files.isDirectory(omni)) {
                    return omni;
                }
                break;
            }
        }
        throw new IllegalStateException("OMNI2 benchmark skipped: no ../shared/data/omni2-hourly beside a checkout above "
                + Path.of("").toAbsolutePath());
    }
}
