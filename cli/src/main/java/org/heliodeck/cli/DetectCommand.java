package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.DataSet;
import org.heliodeck.ml.CrossValidation;
import org.heliodeck.ml.DetectorModel;
import org.heliodeck.ml.DetectorTraining;
import org.heliodeck.ml.LabelCatalog;
import org.heliodeck.ml.ModelFile;
import org.heliodeck.ml.RuleBaseline;
import org.heliodeck.ml.ScanResult;
import org.heliodeck.ml.Scanner;
import org.heliodeck.ml.Suggestion;
import org.heliodeck.ml.SuggestionCsv;
import org.heliodeck.ml.TrainingRequest;
import org.heliodeck.ml.XgboostDetectorKind;
import org.heliodeck.ml.eval.EventScore;
import org.heliodeck.ml.eval.EventScoring;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.InputSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck detect}: learn events from a catalog, scan data for more, score suggestions against a catalog. */
@Command(
        name = "detect",
        description = {"Event detection: train a detector on a catalog, scan a range to suggest events, evaluate",
            "suggestions against a catalog the way the ICME detection literature does (Nguyen et al. 2019)."},
        subcommands = {DetectCommand.Train.class, DetectCommand.CrossValidate.class, DetectCommand.Scan.class,
            DetectCommand.Evaluate.class, DetectCommand.Rule.class})
final class DetectCommand {

    /** A progress bar on standard error, only for a person at a terminal. */
    private static final class Bar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final String what;

        Bar(PrintWriter err, String what) {
            this.err = System.console() == null ? null : err;
            this.what = what;
        }

        void show(int done, int total) {
            if (err == null || total <= 0) {
                return;
            }
            int filled = Math.min(WIDTH, WIDTH * done / total);
            err.printf("\r  [%s%s] %s %d/%d", "#".repeat(filled), ".".repeat(WIDTH - filled), what, done, total);
            err.flush();
        }

        void clear() {
            if (err != null) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                err.flush();
            }
        }
    }

    /** What 'train' and 'crossvalidate' share: the catalog, the features, the training settings. */
    static final class TrainingOptions {
        @Option(names = "--catalog", required = true, paramLabel = "CATALOG",
                description = "A catalog file (event CSV, tscat JSON, AMDA VOTable) or the name of a catalog of the store.")
        private String catalog;

        @Option(names = "--product", required = true, paramLabel = "PRODUCT",
                description = "PROVIDER/DATASET/PARAMETER[,PARAMETER…]; repeatable.")
        private List<String> products;

        @Option(names = "--cadence", defaultValue = "PT1H", description = "Time step of the features, ISO 8601 duration (default ${DEFAULT-VALUE}).")
        private Duration cadence;

        @Option(names = "--windows", split = ",", paramLabel = "STEPS",
                description = "Widths of the sliding windows, in steps (default 3,9,25,49).")
        private List<Integer> windows;

        @Option(names = "--validation", defaultValue = "0.25", description = "Fraction of the range, at its end, that validates (default ${DEFAULT-VALUE}).")
        private double validation;

        @Option(names = "--label-threshold", defaultValue = "0.5", paramLabel = "FRACTION",
                description = "A step is an event when at least this fraction of it lies in one (default ${DEFAULT-VALUE}).")
        private double labelThreshold;

        @Option(names = "--event-stage", description = {"Also train a second classifier, of whole candidate intervals (duration,",
            "field rotation, speed profile, context), that rejects those unlike the catalog's events."})
        private boolean eventStage;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed: the same seed gives the same model (default ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--no-refit", description = {"Keep the detector trained on the range less its validation part, instead of",
            "training it again on the whole range to the size validation chose."})
        private boolean noRefit;

        @Option(names = "--store", paramLabel = "FILE", description = "The catalog store, when CATALOG names a stored catalog.")
        private Path store;

        LabelCatalog labels() throws IOException {
            return DetectCommand.labels(catalog, store);
        }

        TrainingRequest request(LabelCatalog labels, TimeRange range) {
            List<InputSpec> inputs = new ArrayList<>();
            for (String p : products) {
                ProductSpec product = ProductSpec.parse(p);
                product.parameters().forEach(name -> inputs.add(new InputSpec(product.provider(), product.dataset(), name)));
            }
            FeatureSpec features = FeatureSpec.of(inputs, cadence);
            if (windows != null) {
                features = new FeatureSpec(features.inputs(), features.cadence(), windows, features.roles());
            }
            return new TrainingRequest(labels, features, range, validation, labelThreshold, seed, !noRefit, eventStage);
        }
    }

    /** What 'train' and 'crossvalidate' read from their options. */
    abstract static class TrainingCommand {
        @Spec
        CommandSpec spec;

        @Mixin
        TrainingOptions training;

        @Mixin
        RangeOptions range;
    }

    @Command(name = "train", description = {"Train a detector (XGBoost) on the events of a catalog and the data of products.",
        "The last part of the range, by time, validates: it stops training and tunes how scores become events."},
            footer = {"", "Example:", "  heliodeck detect train --catalog icme.csv --product omni2/omni2_hourly/B_magnitude,B_GSE,sigma_B,"
                + "N_p,T_p,V,P_dyn,beta --start 1998-01-01 --stop 2010-01-01 -o icme.model"})
    static final class Train extends TrainingCommand implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "The model file to write.")
        private Path output;

        @Override
        public Integer call() throws IOException {
            TimeRange range = this.range.range();
            LabelCatalog labels = training.labels();
            TrainingRequest request = training.request(labels, range);
            PrintWriter out = spec.commandLine().getOut();
            Bar bar = new Bar(spec.commandLine().getErr(), "rounds");
            long began = System.nanoTime();
            DetectorModel model;
            try (InstalledInputs source = new InstalledInputs()) {
                model = new DetectorTraining(new XgboostDetectorKind(), source).train(request, bar::show);
            } finally {
                bar.clear();
            }
            ModelFile.standard().write(model, output);
            out.printf(Locale.ROOT, "trained on %s (%d events) over %s in %.1f s; validation %s:%n", labels.id(),
                    labels.within(range).size(), range, (System.nanoTime() - began) / 1e9, model.validation());
            model.validationScores().forEach(s -> out.println("  " + s));
            out.println("  extraction: " + model.extraction());
            out.println("  event stage: " + model.eventStage().map(s -> "keeps candidates of probability >= " + s.cut()
                    + " (" + model.facts().get("eventStageCandidates").intValue() + " training candidates)").orElse("none"));
            out.printf("written to %s%n", output);
            out.flush();
            return 0;
        }
    }

    @Command(name = "crossvalidate", description = {"Time-blocked cross-validation of a training: for each fold, a model trained as",
        "'train' does on the years before the fold scans the fold, scored as 'evaluate' does. For choosing settings",
        "without looking at the years a benchmark tests on."},
            footer = {"", "Example:", "  heliodeck detect crossvalidate --catalog icme.csv --product omni2/omni2_hourly/B_magnitude,beta"
                + " --start 1998-01-01 --stop 2010-01-01 --folds 2004-01-01,2006-01-01,2008-01-01"})
    static final class CrossValidate extends TrainingCommand implements Callable<Integer> {
        @Option(names = "--folds", required = true, split = ",", paramLabel = "START",
                description = "Starts of the folds (ISO 8601 UTC), increasing; each runs to the next, the last to --stop.")
        private List<String> folds;

        @Override
        public Integer call() throws IOException {
            TimeRange range = this.range.range();
            LabelCatalog labels = training.labels();
            List<Long> starts = folds.stream().map(Tt2000::parse).toList();
            PrintWriter out = spec.commandLine().getOut();
            long began = System.nanoTime();
            CrossValidation.Result result;
            try (InstalledInputs source = new InstalledInputs()) {
                result = new CrossValidation(new XgboostDetectorKind(), source).run(training.request(labels, range), starts,
                        (fold, index, total) -> {
                            out.printf("fold %d/%d: trained on %s, tested on %s%n", index, total, fold.trained(), fold.tested());
                            fold.scores().forEach(s -> out.println("  " + s));
                            out.flush();
                        });
            }
            out.printf(Locale.ROOT, "pooled over %d folds (%.1f s):%n", result.folds().size(), (System.nanoTime() - began) / 1e9);
            result.pooled().forEach(s -> out.println("  " + s));
            out.flush();
            return 0;
        }
    }

    @Command(name = "scan", description = {"Scan a range with a trained detector; write the suggested events as a CSV",
        "with a begin,end,score header (ISO times), and optionally the score series."})
    static final class Scan implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--model", required = true, paramLabel = "MODEL")
        private Path model;

        @Mixin
        private RangeOptions range;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "CSV", description = "The suggestions to write.")
        private Path output;

        @Option(names = "--score", paramLabel = "FILE", description = "Also write the score series (format from the extension: .csv, .cdf…).")
        private Path scoreOutput;

        @Override
        public Integer call() throws IOException {
            TimeRange range = this.range.range();
            DetectorModel detector = ModelFile.standard().read(model);
            Bar bar = new Bar(spec.commandLine().getErr(), "chunks");
            long began = System.nanoTime();
            ScanResult result;
            try (InstalledInputs source = new InstalledInputs()) {
                result = new Scanner(detector, source).scan(range, bar::show);
            } finally {
                bar.clear();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            SuggestionCsv.write(result.suggestions(), output);
            if (scoreOutput != null) {
                OutputFormat.forFile(scoreOutput).write(new DataSet(Scanner.PRODUCT, List.of(result.score()), Map.of()), scoreOutput);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "scanned %s (%d steps) in %.2f s: %d suggested events, written to %s%n", range,
                    result.score().records(), seconds, result.suggestions().size(), output);
            out.flush();
            return 0;
        }
    }

    @Command(name = "evaluate", description = {"Score predicted events against true ones, event by event (Nguyen et al. 2019):",
        "predictions shorter than 2.5 h are dropped; a true event is detected when one prediction overlaps more than",
        "THRES of its duration; a prediction overlapping no true event is a false positive."},
            footer = {"", "Example:", "  heliodeck detect evaluate icme.csv suggestions.csv --start 2010-01-01 --stop 2016-01-01"})
    static final class Evaluate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TRUTH", description = "Catalog file of the true events (or a catalog of the store).")
        private String truth;

        @Parameters(index = "1", paramLabel = "PRED", description = "Catalog file of the predicted events (or a catalog of the store).")
        private String predicted;

        @Option(names = "--start", description = "Only events overlapping [START, STOP) count.")
        private String start;

        @Option(names = "--stop", description = "See --start.")
        private String stop;

        @Option(names = "--thres", split = ",", paramLabel = "THRES", description = "Overlap thresholds (default 0.1,0.51).")
        private List<Double> thresholds;

        @Option(names = "--store", paramLabel = "FILE", description = "The catalog store, for stored catalogs.")
        private Path store;

        @Override
        public Integer call() throws IOException {
            if ((start == null) != (stop == null)) {
                throw new IllegalArgumentException("--start and --stop go together");
            }
            LabelCatalog t = labels(truth, store);
            LabelCatalog p = labels(predicted, store);
            List<TimeRange> trueEvents = t.events();
            List<TimeRange> predictedEvents = p.events();
            if (start != null) {
                TimeRange range = range(start, stop);
                trueEvents = t.within(range);
                predictedEvents = p.within(range);
            }
            EventScoring scoring = new EventScoring();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s against %s%s%n", p.id(), t.id(), start == null ? "" : " over " + range(start, stop));
            for (double thres : thresholds == null ? EventScoring.THRESHOLDS : thresholds) {
                EventScore s = scoring.score(trueEvents, predictedEvents, thres);
                out.println("  " + s);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "rule", description = {"The baseline rule for magnetic clouds on OMNI2 hourly data: beta < 0.5 and |B| > 8 nT",
        "for at least 6 h. Writes the intervals as suggestions (score 1), for 'detect evaluate'."})
    static final class Rule implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--archive", required = true, paramLabel = "PROVIDER", description = "The provider holding omni2_hourly.")
        private String archive;

        @Mixin
        private RangeOptions range;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "CSV")
        private Path output;

        @Override
        public Integer call() throws IOException {
            List<Suggestion> found;
            try (InstalledInputs source = new InstalledInputs()) {
                found = RuleBaseline.omni2(archive).apply(range.range(), source);
            }
            SuggestionCsv.write(found, output);
            spec.commandLine().getOut().printf("%d intervals written to %s%n", found.size(), output);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** The --start and --stop of the commands that work over a range. */
    static final class RangeOptions {
        @Option(names = "--start", required = true, description = "ISO 8601 UTC.")
        private String start;

        @Option(names = "--stop", required = true, description = "ISO 8601 UTC, excluded.")
        private String stop;

        TimeRange range() {
            return DetectCommand.range(start, stop);
        }
    }

    private static TimeRange range(String start, String stop) {
        TimeRange range = TimeRange.of(start, stop);
        if (range.isEmpty()) {
            throw new IllegalArgumentException("the range " + range + " is empty: --stop must be after --start");
        }
        return range;
    }

    /** A catalog file, or else a catalog of the store: opened only then, and only when it exists (a typo creates no store). */
    private static LabelCatalog labels(String name, Path storeFile) throws IOException {
        if (Files.isRegularFile(Path.of(name))) {
            return LabelCatalog.readFile(Path.of(name));
        }
        Path file = storeFile != null ? storeFile : UserDirectories.current().data().resolve(CatalogStore.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + name + "' is neither a catalog file nor a catalog of a store (there is no store at "
                    + file + ")");
        }
        try (CatalogStore store = CatalogStore.open(file)) {
            return LabelCatalog.resolve(name, Optional.of(store));
        }
    }
}
