package org.heliodeck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.Omni2;
import org.heliodeck.ml.DetectorModel;
import org.heliodeck.ml.DetectorTraining;
import org.heliodeck.ml.LabelCatalog;
import org.heliodeck.ml.RuleBaseline;
import org.heliodeck.ml.ScanResult;
import org.heliodeck.ml.Scanner;
import org.heliodeck.ml.Suggestion;
import org.heliodeck.ml.TrainingProgress;
import org.heliodeck.ml.TrainingRequest;
import org.heliodeck.ml.XgboostDetectorKind;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.InputSource;
import org.heliodeck.ml.features.InputSpec;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scanning {@code years} of OMNI2 hourly data (from 1998) with an ICME detector trained as the README's
 * benchmark trains it (catalog of Nguyen et al. 2019, 1998–2009; the training, timed once in the
 * set-up, is printed), against the β/|B| rule over the same range, the only other detector there
 * is. Both read the same OMNI2 files, parsed once in the set-up, as a scan reads them through the
 * cache: the benchmark measures features, scoring and extraction, not parsing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
public class DetectorScanBenchmark {

    private static final String PROVIDER = "omni2";
    private static final List<String> PARAMETERS = List.of("B_magnitude", "B_GSE", "sigma_B", "N_p", "T_p", "V", "P_dyn", "beta",
            "alpha_proton_ratio");

    @Param({"21"})
    public int years;

    private InputSource source;
    private DetectorModel model;
    private TimeRange range;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = SharedDataLocator.file("omni2-hourly");
        DataSet omni = Omni2.read(IntStream.rangeClosed(1998, 2018).mapToObj(y -> dir.resolve("omni2_" + y + ".dat")).toList());
        source = (provider, dataset, parameters, within) -> omni.variables().stream()
                .filter(v -> parameters.contains(v.name())).map(v -> v.slice(within)).toList();
        range = TimeRange.of("1998-01-01", (1998 + years) + "-01-01");
        LabelCatalog catalog = LabelCatalog.readFile(SharedDataLocator.file("catalogs/icme_nguyen2019.csv"));
        FeatureSpec spec = FeatureSpec.of(PARAMETERS.stream().map(p -> new InputSpec(PROVIDER, Omni2.PRODUCT, p)).toList(),
                Duration.ofHours(1));
        TrainingRequest request = new TrainingRequest(catalog, spec, TimeRange.of("1998-01-01", "2010-01-01"), 0.25, 0.5, 42,
                true, true);
        long began = System.nanoTime();
        model = new DetectorTraining(new XgboostDetectorKind(), source).train(request, TrainingProgress.NONE);
        System.out.printf(Locale.ROOT, "%ntraining on 12 years (1998–2009): %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    @Benchmark
    public ScanResult heliodeck() throws IOException {
        return new Scanner(model, source).scan(range, Scanner.Progress.NONE);
    }

    @Benchmark
    public List<Suggestion> peer() throws IOException {
        return RuleBaseline.omni2(PROVIDER).apply(range, source);
    }
}
