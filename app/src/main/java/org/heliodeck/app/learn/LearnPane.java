package org.heliodeck.app.learn;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.heliodeck.app.Product;
import org.heliodeck.app.catalog.CatalogPreferences;
import org.heliodeck.app.catalog.CatalogSession;
import org.heliodeck.app.plot.PlotPanel;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.ml.DetectorModel;
import org.heliodeck.ml.DetectorTraining;
import org.heliodeck.ml.LabelCatalog;
import org.heliodeck.ml.ModelFile;
import org.heliodeck.ml.Scanner;
import org.heliodeck.ml.XgboostDetectorKind;
import org.heliodeck.ml.features.InputSource;
import org.heliodeck.ml.features.ProviderInputs;

/**
 * The Learn panel: train a detector on a catalog of the store (progress, Cancel, the validation
 * metrics when done), save or load it, scan the visible range or a longer one (the score becomes a
 * panel, the suggestions hatched zones on every panel), then review the suggestions. Training and
 * scans run off the FX thread, one at a time ({@link BackgroundWork}); every failure is a message
 * under the buttons.
 */
public final class LearnPane extends VBox {

    private static final FileChooser.ExtensionFilter MODELS = new FileChooser.ExtensionFilter("Heliodeck detector", "*.model");

    private final CatalogSession session;
    private final PlotStack stack;
    private final ProviderLookup providers;
    private final DataAccess access;
    private final BackgroundWork work;
    private final TrainingForm form;
    private final RangeFields scanRange;
    private final Label metrics = new Label("No model yet: train one, or load a saved one");
    private final ScorePanel score;
    private final SuggestionReview review;
    private final ObjectProperty<DetectorModel> model = new SimpleObjectProperty<>(this, "model");
    /** What accepted events record as their detector: the model's file, or the catalog it learnt from. */
    private String detectorName = "";

    /** @param messages the status bar: failures are told there too */
    public LearnPane(CatalogSession session, PlotStack stack, ProviderLookup providers, DataAccess access,
            CatalogPreferences preferences, Consumer<String> messages) {
        super(8);
        this.session = session;
        this.stack = stack;
        this.providers = providers;
        this.access = access;
        getStyleClass().add("learn-pane");
        setId("learn-pane");
        setPadding(new Insets(8));
        work = new BackgroundWork(messages);
        form = new TrainingForm(session.catalogs(), session.activeProperty()::get,
                () -> stack.panels().stream().flatMap(p -> p.products().stream()).distinct().toList(), stack.rangeProperty()::get);
        scanRange = new RangeFields("scan", stack.rangeProperty()::get);
        score = new ScorePanel(stack);
        review = new SuggestionReview(session, stack, providers, preferences, messages);

        Button train = button("Train", "train", this::train);
        Button save = button("Save model…", "save-model", () -> chooseFile(true).ifPresent(this::save));
        Button load = button("Load model…", "load-model", () -> chooseFile(false).ifPresent(this::load));
        Button scanVisible = button("Scan visible range", "scan-visible", () -> scan(stack.rangeProperty().get()));
        Button scanChosen = button("Scan range", "scan-range", this::scanChosenRange);
        Button cancel = button("Cancel", "cancel", work::cancel);
        train.disableProperty().bind(work.runningProperty());
        load.disableProperty().bind(work.runningProperty());
        for (Button needsModel : List.of(save, scanVisible, scanChosen)) {
            needsModel.disableProperty().bind(work.runningProperty().or(model.isNull()));
        }
        cancel.disableProperty().bind(work.runningProperty().not());
        metrics.setId("model-metrics");
        metrics.setWrapText(true);
        // Its lines wrap rather than end in an ellipsis: the metrics are the point of the section.
        metrics.setMinHeight(Region.USE_PREF_SIZE);

        ProgressBar progress = new ProgressBar();
        progress.setId("learn-progress");
        progress.progressProperty().bind(work.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label state = new Label();
        state.setId("learn-state");
        state.setWrapText(true);
        state.textProperty().bind(work.stateProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);

        VBox training = new VBox(6, form, new HBox(6, train));
        VBox modelBox = new VBox(6, metrics, new HBox(6, save, load));
        HBox chosenRow = new HBox(6, scanRange, scanChosen);
        chosenRow.setAlignment(Pos.CENTER_LEFT);
        VBox scanRow = new VBox(6, scanVisible, chosenRow);
        TitledPane reviewing = section("4 · Review the suggestions", review);
        VBox.setVgrow(reviewing, Priority.ALWAYS);
        reviewing.setMaxHeight(Double.MAX_VALUE);
        HBox running = new HBox(6, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(section("1 · Train a detector on a catalog", training), section("2 · Model", modelBox),
                section("3 · Scan", scanRow), running, state, reviewing);
    }

    /** Fills the training choices in from the window: active catalog, the panels' products, visible range. */
    public void fillFromWindow() {
        form.fillFromWindow();
        scanRange.showVisible();
        if (review.target().getValue() == null) {
            review.target().setValue(session.activeProperty().get());
        }
    }

    /** Trains with the form's choices, off the FX thread. */
    void train() {
        TrainingChoice choice;
        try {
            choice = form.choice();
            choice.spec(); // its checks (windows of at least 2 steps) before any work starts
        } catch (IllegalArgumentException e) {
            work.stateProperty().set(e.getMessage());
            return;
        }
        String name = choice.catalog().name();
        work.start("train on " + name, run -> {
            // The store is thread-safe: reading the labels here keeps the training one piece of work, cancellable as one.
            LabelCatalog labels = LabelCatalog.resolve(name, Optional.of(session.store()));
            if (labels.within(choice.range()).isEmpty()) {
                throw new IllegalArgumentException("the catalog " + name + " has no event in " + choice.range()
                        + ": nothing to learn from");
            }
            return new DetectorTraining(new XgboostDetectorKind(), inputs(run)).train(choice.request(labels),
                    (done, total) -> run.progress("Training: round " + done + " of at most " + total, (double) done / total));
        }, trained -> use(trained, trained.detector().kind() + " on " + trained.catalogId()));
    }

    /** Scans {@code range} with the model, off the FX thread: a year a chunk, progress per chunk. */
    void scan(TimeRange range) {
        DetectorModel m = model.get();
        if (m == null) {
            return;
        }
        String detector = detectorName;
        work.start("scan " + range, run -> new Scanner(m, inputs(run)).scan(range,
                (done, total) -> run.progress("Scanning: chunk " + done + " of " + total, (double) done / total)), result -> {
                    score.show(result.score());
                    review.show(result.suggestions(), new SuggestionReview.Source(products(m), detector, m.spec().cadence()));
                    work.stateProperty().set(result.suggestions().size() + " suggestions in " + range);
                });
    }

    private void scanChosenRange() {
        try {
            scan(scanRange.range("scan"));
        } catch (IllegalArgumentException e) {
            work.stateProperty().set(e.getMessage());
        }
    }

    /** Writes the model to {@code file}, off the FX thread. */
    void save(Path file) {
        DetectorModel m = model.get();
        work.start("save the model to " + file, run -> {
            ModelFile.standard().write(m, file);
            return file;
        }, written -> {
            detectorName = written.getFileName().toString();
            work.stateProperty().set("Model saved to " + written);
        });
    }

    /** Reads a model from {@code file}, off the FX thread; it replaces the one in use. */
    void load(Path file) {
        work.start("read the model " + file, run -> ModelFile.standard().read(file),
                read -> use(read, file.getFileName().toString()));
    }

    private void use(DetectorModel m, String name) {
        model.set(m);
        detectorName = name;
        metrics.setText(String.join("\n", ModelSummary.lines(m)));
    }

    private InputSource inputs(BackgroundWork.Run run) {
        return new ProviderInputs(providers::require, access, run.fetches());
    }

    private static List<Product> products(DetectorModel m) {
        return m.spec().inputs().stream().map(i -> new Product(i.provider(), i.dataset(), i.parameter())).toList();
    }

    private Optional<Path> chooseFile(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Save the model" : "Load a model");
        chooser.getExtensionFilters().add(MODELS);
        File chosen = save ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** The model in use, null before one is trained or loaded. */
    ObjectProperty<DetectorModel> model() {
        return model;
    }

    TrainingForm form() {
        return form;
    }

    RangeFields scanRange() {
        return scanRange;
    }

    SuggestionReview review() {
        return review;
    }

    /** The panel showing the last scan's score, if it is still in the stack. */
    Optional<PlotPanel> scorePanel() {
        return score.panel();
    }

    BackgroundWork work() {
        return work;
    }

    /** Stops the work under way (the window closes). */
    public void close() {
        work.close();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TitledPane section(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        return pane;
    }
}
