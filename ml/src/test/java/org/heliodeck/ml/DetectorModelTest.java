package org.heliodeck.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureBuilder;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.FeatureTable;
import org.heliodeck.ml.features.InputSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorModelTest {

    private static final FeatureSpec SPEC = new FeatureSpec(List.of(new InputSpec("synthetic", "wind", "B_magnitude"),
            new InputSpec("synthetic", "wind", "beta")), Duration.ofHours(1), List.of(3, 9),
            Map.of("B_magnitude", "B_magnitude", "beta", "beta"));
    private static final TrainingRequest REQUEST = new TrainingRequest(new LabelCatalog("test:synthetic", SyntheticWind.events()),
            SPEC, SyntheticWind.range(), 0.3, 0.5, 42, true, true);

    private static DetectorModel model;
    private static FeatureTable features;

    @BeforeAll
    static void train() throws Exception {
        model = new DetectorTraining(new XgboostDetectorKind(), SyntheticWind.source()).train(REQUEST, TrainingProgress.NONE);
        features = new FeatureBuilder(SPEC).build(SyntheticWind.range(), SyntheticWind.source());
    }

    @Test
    void theDetectorLearnsTheEvents() {
        // The validation part holds the last 4 events; the synthetic signal is plain enough to find them all.
        assertThat(model.validationScores()).extracting(s -> s.events()).containsOnly(4);
        assertThat(model.validationScores().getFirst().recall()).isEqualTo(1.0);
        assertThat(model.validation().start()).isGreaterThan(model.training().start());
        assertThat(model.validation().stop()).isEqualTo(model.training().stop());
        assertThat(model.facts()).containsKeys("trainingRows", "validationRows", "trainingSeconds");
    }

    @Test
    void aSavedModelLoadsBackWithIdenticalScoresAndDescription(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("icme.model");
        ModelFile.standard().write(model, file);
        DetectorModel loaded = ModelFile.standard().read(file);
        assertThat(loaded.score(features)).containsExactly(model.score(features));
        assertThat(loaded.spec()).isEqualTo(model.spec());
        assertThat(loaded.featureNames()).isEqualTo(model.featureNames());
        assertThat(loaded.catalogId()).isEqualTo("test:synthetic");
        assertThat(loaded.training()).isEqualTo(model.training());
        assertThat(loaded.validation()).isEqualTo(model.validation());
        assertThat(loaded.extraction()).isEqualTo(model.extraction());
        assertThat(loaded.validationScores()).usingRecursiveFieldByFieldElementComparator().isEqualTo(model.validationScores());
        assertThat(loaded.facts()).isEqualTo(model.facts());
    }

    @Test
    void theSameSeedGivesTheSameScoresAndSuggestions() throws Exception {
        DetectorModel again = new DetectorTraining(new XgboostDetectorKind(), SyntheticWind.source()).train(REQUEST,
                TrainingProgress.NONE);
        assertThat(again.score(features)).containsExactly(model.score(features));
        assertThat(again.extraction()).isEqualTo(model.extraction());
        assertThat(again.eventStage().map(EventStage::cut)).isEqualTo(model.eventStage().map(EventStage::cut));
        assertThat(suggestions(again)).isEqualTo(suggestions(model));
    }

    @Test
    void theEventStageLearnsWhichCandidatesAreEventsDeterministicallyAndIsSavedWithTheModel(@TempDir Path dir) throws Exception {
        // The synthetic events are too plain to give false candidates: the events and as many quiet intervals as candidates.
        List<Suggestion> candidates = new ArrayList<>();
        for (TimeRange event : SyntheticWind.events()) {
            candidates.add(new Suggestion(event, 1));
            long quiet = event.stop() + 25 * SyntheticWind.HOUR;
            candidates.add(new Suggestion(new TimeRange(quiet, quiet + 10 * SyntheticWind.HOUR), 1));
        }
        float[] scores = model.score(features);
        EventStageTraining.Trained trained = EventStageTraining.train(candidates, features, scores, SPEC,
                SyntheticWind.events(), 42);
        EventStageTraining.Trained again = EventStageTraining.train(candidates, features, scores, SPEC,
                SyntheticWind.events(), 42);
        assertThat(again.outOfFold()).containsExactly(trained.outOfFold());
        EventStage stage = trained.stage().orElseThrow();
        assertThat(stage.columns()).containsExactly("B_magnitude", "beta", "gap");
        assertThat(stage.vector()).isEmpty();
        assertThat(stage.filter(candidates, features.times(), scores, features)).extracting(Suggestion::range)
                .containsExactlyElementsOf(SyntheticWind.events());

        DetectorModel staged = model.withEventStage(trained.stage(), model.facts());
        assertThat(staged.stepColumns()).isEqualTo(stage.columns());
        Path file = dir.resolve("staged.model");
        ModelFile.standard().write(staged, file);
        DetectorModel loaded = ModelFile.standard().read(file);
        assertThat(loaded.eventStage()).get().extracting(EventStage::cut, EventStage::columns, EventStage::vector)
                .containsExactly(stage.cut(), stage.columns(), stage.vector());
        assertThat(loaded.eventStage().orElseThrow().filter(candidates, features.times(), scores, features))
                .isEqualTo(stage.filter(candidates, features.times(), scores, features));
        assertThat(suggestions(loaded)).isEqualTo(suggestions(staged));
    }

    @Test
    void aVersionOneFileReadsAsAModelWithoutEventStageAndANewerOneIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain.model");
        ModelFile.standard().write(model.withEventStage(Optional.empty(), model.facts()), file);
        Path old = rewriteVersion(file, dir.resolve("old.model"), 1);
        DetectorModel loaded = ModelFile.standard().read(old);
        assertThat(loaded.eventStage()).isEmpty();
        assertThat(loaded.score(features)).containsExactly(model.score(features));
        Path newer = rewriteVersion(file, dir.resolve("newer.model"), ModelFile.VERSION + 1);
        assertThatThrownBy(() -> ModelFile.standard().read(newer))
                .hasMessageContaining("format version " + (ModelFile.VERSION + 1) + "; this Heliodeck reads up to " + ModelFile.VERSION);
    }

    private static List<Suggestion> suggestions(DetectorModel m) {
        return m.suggest(features.times(), m.score(features), features.columns(m.stepColumns()));
    }

    /** A copy of a model file whose description claims another format version. */
    private static Path rewriteVersion(Path file, Path copy, int version) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(ModelFile.DESCRIPTION)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"version\" : \\d+", "\"version\" : " + version)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    @Test
    void stepsWithoutAnyDataScoreNaN() {
        FeatureTable beyond = features.rows(0, 5);
        float[] scores = model.score(beyond);
        assertThat(scores).doesNotContain(Float.NaN);
        float[] gap = new float[beyond.rowMajor().length];
        java.util.Arrays.fill(gap, Float.NaN);
        int g = beyond.names().indexOf(FeatureBuilder.GAP);
        for (int r = 0; r < beyond.rows(); r++) {
            gap[r * beyond.columns() + g] = 1;
        }
        assertThat(model.score(new FeatureTable(beyond.times(), beyond.names(), gap))).containsOnly(Float.NaN);
    }

    @Test
    void aScanGivesAScoreVariableAndSuggestionsWrittenAsCsv(@TempDir Path dir) throws Exception {
        TimeRange range = SyntheticWind.range();
        ScanResult result = new Scanner(model, SyntheticWind.source()).scan(range, Scanner.Progress.NONE);
        assertThat(result.score().records()).isEqualTo(SyntheticWind.HOURS);
        assertThat(result.score().product()).isEqualTo(Scanner.PRODUCT);
        assertThat(result.suggestions()).hasSizeGreaterThanOrEqualTo(SyntheticWind.events().size() - 1);
        Path csv = dir.resolve("suggestions.csv");
        SuggestionCsv.write(result.suggestions(), csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("begin,end,score");
        assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,0\\.\\d{3}");
        // Read back through the formats module, as 'detect evaluate' reads it.
        assertThat(LabelCatalog.readFile(csv).events()).isEqualTo(result.suggestions().stream().map(Suggestion::range).toList());
    }

    @Test
    void aFileThatIsNotAModelIsRefusedSayingSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.model"), "hello");
        assertThatThrownBy(() -> ModelFile.standard().read(file)).hasMessageContaining("not a Heliodeck detector model");
    }
}
