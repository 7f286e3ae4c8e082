package org.heliodeck.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.heliodeck.app.FxCalls.fx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.heliodeck.app.Drops;
import org.heliodeck.app.FxCalls;
import org.heliodeck.app.Product;
import org.heliodeck.app.ProductDrag;
import org.heliodeck.app.StatusBar;
import org.heliodeck.app.Theme;
import org.heliodeck.app.WindowSnapshot;
import org.heliodeck.app.catalog.CatalogPreferences;
import org.heliodeck.app.catalog.CatalogSession;
import org.heliodeck.app.catalog.CatalogWorkbench;
import org.heliodeck.app.catalog.EventNavigation;
import org.heliodeck.app.plot.PlotPanel;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.Provider;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.ml.LabelCatalog;
import org.heliodeck.ml.Scanner;
import org.heliodeck.ml.Suggestion;
import org.heliodeck.plot.figure.ZoneLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Learn panel on OMNI2 hourly data and the ICMEs of Nguyen et al. (2019) in a store in a
 * temporary file: training through the panel ends in validation metrics; a scan puts the score in a
 * panel of the stack and the suggestions as hatched zones on every panel; A accepts one into a
 * catalog with its confidence and detector recorded after a drag of its edge on a panel moved it, R
 * rejects one, a click in a zone selects its suggestion, N moves to the next with the catalog navigation's margin, [ moves a start one step; a
 * model saved reads back. Cancel stops a
 * training under way; a catalog without events in the range, or a product without a provider, is
 * said so. Products dropped on the list join it.
 *
 * <p>With {@code -Dlearn.screenshot=FILE.png}, the window in the middle of a review is written there
 * (docs/app-learn.png).
 */
@ExtendWith(ApplicationExtension.class)
class LearnPaneTest {

    private static final TimeRange TRAINING = TimeRange.of("2003-01-01", "2006-01-01");
    private static final TimeRange SCANNED = TimeRange.of("2005-01-01", "2006-01-01");
    private static final List<Product> PRODUCTS = List.of(Product.parse("omni2/omni2_hourly/B_magnitude"),
            Product.parse("omni2/omni2_hourly/V"), Product.parse("omni2/omni2_hourly/beta"),
            Product.parse("omni2/omni2_hourly/T_p"));
    /** Two-hour steps and no refit: a quarter of the training time of the defaults, for a test. */
    private static final long STEP = 2 * 3_600_000_000_000L;

    @TempDir
    Path directory;

    private Provider omni2;
    private FragmentCache cache;
    private DataAccess access;
    private PlotStack stack;
    private CatalogStore store;
    private CatalogWorkbench workbench;
    private CatalogSession session;
    private LearnPane pane;
    private Scene scene;
    private final List<String> messages = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        omni2 = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        cache = FragmentCache.open(directory.resolve("cache"), CachePolicy.DEFAULT, Clock.systemUTC());
        access = new DataAccess(cache);
        ProviderLookup lookup = name -> {
            if (!name.equals("omni2")) {
                throw new IOException("no provider named " + name);
            }
            return omni2;
        };
        stack = new PlotStack(lookup, access, new StatusBar(), TimeRange.of("2005-05-10", "2005-05-25"));
        store = CatalogStore.open(directory.resolve("catalogs.sqlite"));
        // The catalogs' zones and editing on the panels, as in the application.
        workbench = new CatalogWorkbench(store, stack, lookup, new CatalogPreferences("tester", 0.2), messages::add);
        session = workbench.session();
        pane = new LearnPane(session, stack, lookup, access, new CatalogPreferences("tester", 0.2), messages::add);
        PRODUCTS.subList(0, 2).forEach(stack::addPanel);
        SplitPane root = new SplitPane(stack, pane);
        root.setDividerPositions(0.52);
        scene = new Scene(root, 1500, 900);
        scene.getStylesheets().setAll(Theme.base(), Theme.LIGHT.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        pane.close();
        stack.close();
        workbench.close();
        store.close();
        access.close();
        cache.close();
    }

    @Test
    void trainScanAcceptRejectAndNavigateThroughThePanel(FxRobot robot) throws Exception {
        Catalog icmes = catalogOfIcmes();
        Catalog accepted = store.createCatalog(Catalog.named("accepted", Instant.now()));
        session.refresh().get(10, TimeUnit.SECONDS);
        fx(() -> {
            pane.fillFromWindow();
            assertThat(pane.form().products()).containsExactlyElementsOf(PRODUCTS.subList(0, 2));
            pane.form().catalog().setValue(icmes);
            pane.form().products().setAll(PRODUCTS);
            pane.form().range().set(TRAINING);
            pane.form().windows().setText("3");
            pane.form().cadence().setText("PT2H");
            pane.form().refit().setSelected(false);
            pane.review().target().setValue(accepted);
            return null;
        });

        robot.clickOn("#train");
        FxCalls.eventually(120, () -> pane.model().get() != null || !pane.work().runningProperty().get());
        assertThat(fx(() -> pane.work().stateProperty().get())).isEmpty();
        String metrics = fx(() -> ((Label) scene.lookup("#model-metrics")).getText());
        assertThat(metrics).contains("Learnt from store:icme", "Overlap ≥ 0.10:", "Overlap ≥ 0.51:", "F1", "Rows:", "training");
        assertThat(fx(() -> pane.model().get().validationScores())).hasSize(2);

        Path saved = directory.resolve("icme.model");
        fx(() -> {
            pane.save(saved);
            return null;
        });
        eventually(() -> !pane.work().runningProperty().get());
        assertThat(saved).isRegularFile();

        fx(() -> {
            pane.scanRange().set(SCANNED);
            return null;
        });
        robot.clickOn("#scan-range");
        eventually(() -> !pane.work().runningProperty().get() && !pane.review().suggestions().isEmpty());
        List<Suggestion> found = fx(() -> List.copyOf(pane.review().suggestions()));
        assertThat(found).hasSizeGreaterThanOrEqualTo(3);
        assertThat(found).allSatisfy(s -> assertThat(SCANNED.contains(s.range())).isTrue());

        // The score in a panel of its own at the bottom, over the whole scanned range, on a 0–1 axis.
        PlotPanel scorePanel = fx(() -> pane.scorePanel().orElseThrow());
        assertThat(fx(() -> stack.panels().getLast())).isSameAs(scorePanel);
        var score = fx(() -> scorePanel.held().orElseThrow());
        assertThat(score.product()).isEqualTo(Scanner.PRODUCT);
        assertThat(score.records()).isEqualTo((int) (SCANNED.duration() / STEP));
        assertThat(fx(scorePanel::lockedY).orElseThrow().max()).isEqualTo(1);
        // The suggestions hatched on every panel; the first selected, the range moved to it.
        for (PlotPanel p : fx(stack::panels)) {
            ZoneLayer zones = fx(() -> hatched(p));
            assertThat(zones.zones()).extracting(ZoneLayer.Zone::range).containsExactlyElementsOf(found.stream().map(Suggestion::range).toList());
        }
        assertThat(fx(stack.rangeProperty()::get)).isEqualTo(EventNavigation.around(found.get(0).range(), 0.2));
        // The catalog's own events beside the suggestions, as a user reviewing them would see them.
        fx(() -> {
            session.setVisible(icmes.uuid(), true);
            return null;
        });
        screenshotIfAsked();

        // A drag of the first suggestion's stop on a panel moves it later, the range left where it is.
        TimeRange around = EventNavigation.around(found.get(0).range(), 0.2);
        eventually(() -> stack.rangeProperty().get().equals(around) && stack.panels().getFirst().drawnRange().equals(around));
        PlotPanel top = fx(() -> stack.panels().getFirst());
        Rectangle2D plot = fx(top::plotBounds);
        double nanosPerPixel = around.duration() / plot.getWidth();
        double stopX = plot.getMinX() + (found.get(0).range().stop() - around.start()) / nanosPerPixel;
        double y = plot.getMinY() + plot.getHeight() / 2;
        robot.moveTo(fx(() -> top.canvas().localToScreen(stopX, y))).press(MouseButton.PRIMARY)
                .moveTo(fx(() -> top.canvas().localToScreen(stopX + 20, y)))
                .moveTo(fx(() -> top.canvas().localToScreen(stopX + 40, y))).release(MouseButton.PRIMARY);
        Suggestion adjusted = fx(() -> pane.review().table().getSelectionModel().getSelectedItem());
        assertThat(adjusted.range().start()).isEqualTo(found.get(0).range().start());
        assertThat((double) adjusted.range().stop()).isCloseTo(found.get(0).range().stop() + 40 * nanosPerPixel,
                within(2 * nanosPerPixel));
        assertThat(fx(stack.rangeProperty()::get)).isEqualTo(around);

        // A accepts it, as adjusted: an event of the target catalog with its confidence and detector.
        fx(() -> {
            pane.review().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.A);
        eventually(() -> store.events(accepted).size() == 1);
        Event event = store.events(accepted).getFirst();
        assertThat(event.range()).isEqualTo(adjusted.range());
        assertThat(event.author()).isEqualTo("tester");
        assertThat(event.tags()).containsExactly(AcceptedSuggestion.TAG);
        assertThat(event.products()).containsExactlyElementsOf(PRODUCTS.stream().map(Product::toString).toList());
        assertThat(event.attributes().get(AcceptedSuggestion.CONFIDENCE)).isInstanceOfSatisfying(AttributeValue.RealValue.class,
                c -> assertThat(c.value()).isCloseTo(found.get(0).confidence(), within(1e-9)));
        assertThat(event.attributes().get(AcceptedSuggestion.DETECTOR)).isEqualTo(AttributeValue.text("icme.model"));
        eventually(() -> session.isVisible(accepted.uuid()) && pane.review().suggestions().size() == found.size() - 1);
        assertThat(fx(() -> pane.review().table().getSelectionModel().getSelectedItem())).isEqualTo(found.get(1));

        // R rejects the second: gone from the list and the zones, nothing stored.
        robot.type(KeyCode.R);
        eventually(() -> pane.review().suggestions().size() == found.size() - 2);
        assertThat(fx(() -> pane.review().suggestions())).doesNotContain(found.get(1));
        assertThat(fx(() -> hatched(stack.panels().getFirst()).zones())).hasSize(found.size() - 2);
        assertThat(store.events(accepted)).hasSize(1);

        // A click on a panel inside the next suggestion's zone selects it.
        TimeRange third = found.get(3).range();
        fx(() -> {
            stack.rangeProperty().set(new TimeRange(found.get(2).range().start(), third.stop() + STEP));
            return null;
        });
        eventually(() -> stack.panels().getFirst().drawnRange().equals(stack.rangeProperty().get()));
        double thirdX = fx(() -> {
            TimeRange shown = stack.rangeProperty().get();
            Rectangle2D bounds = top.plotBounds();
            return bounds.getMinX() + (third.start() + third.duration() / 2.0 - shown.start()) / shown.duration() * bounds.getWidth();
        });
        robot.clickOn(fx(() -> top.canvas().localToScreen(thirdX, y)));
        eventually(() -> pane.review().table().getSelectionModel().getSelectedItem().equals(found.get(3)));
        fx(() -> {
            pane.review().table().getSelectionModel().select(found.get(2));
            pane.review().table().requestFocus();
            return null;
        });

        // N goes on to the next, P back; [ starts the selected one a step earlier.
        robot.type(KeyCode.N);
        eventually(() -> stack.rangeProperty().get().equals(EventNavigation.around(found.get(3).range(), 0.2)));
        robot.type(KeyCode.P);
        eventually(() -> stack.rangeProperty().get().equals(EventNavigation.around(found.get(2).range(), 0.2)));
        robot.type(KeyCode.OPEN_BRACKET);
        eventually(() -> pane.review().table().getSelectionModel().getSelectedItem().range()
                .equals(new TimeRange(found.get(2).range().start() - STEP, found.get(2).range().stop())));

        // The saved model reads back with the same metrics.
        fx(() -> {
            pane.load(saved);
            return null;
        });
        eventually(() -> !pane.work().runningProperty().get());
        assertThat(fx(() -> ((Label) scene.lookup("#model-metrics")).getText())).isEqualTo(metrics);
        assertThat(messages).noneMatch(m -> m.startsWith("Cannot"));
    }

    @Test
    void cancelStopsATrainingUnderWay(FxRobot robot) throws Exception {
        Catalog icmes = catalogOfIcmes();
        fx(() -> {
            pane.fillFromWindow();
            pane.form().catalog().setValue(icmes);
            pane.form().products().setAll(PRODUCTS);
            pane.form().range().set(TRAINING);
            pane.form().cadence().setText("PT2H");
            return null;
        });
        robot.clickOn("#train");
        eventually(() -> pane.work().stateProperty().get().startsWith("Training: round"));
        robot.clickOn("#cancel");
        eventually(() -> !pane.work().runningProperty().get());
        assertThat(fx(() -> pane.work().stateProperty().get())).isEqualTo("Cancelled: train on icme");
        assertThat(fx(() -> pane.model().get())).isNull();
        assertThat(fx(() -> scene.lookup("#train").isDisabled())).isFalse();
    }

    @Test
    void aCatalogWithoutEventsInTheRangeIsSaidSo(FxRobot robot) throws Exception {
        Catalog empty = store.createCatalog(Catalog.named("empty", Instant.now()));
        session.refresh().get(10, TimeUnit.SECONDS);
        fx(() -> {
            pane.fillFromWindow();
            pane.form().catalog().setValue(empty);
            pane.form().range().set(TRAINING);
            return null;
        });
        robot.clickOn("#train");
        eventually(() -> !pane.work().runningProperty().get() && !pane.work().stateProperty().get().isEmpty()
                && !pane.work().stateProperty().get().endsWith("…"));
        assertThat(fx(() -> pane.work().stateProperty().get()))
                .isEqualTo("Cannot train on empty: the catalog empty has no event in " + TRAINING + ": nothing to learn from");
        assertThat(messages).contains(fx(() -> pane.work().stateProperty().get()));

        fx(() -> {
            pane.form().cadence().setText("hourly");
            return null;
        });
        robot.clickOn("#train");
        eventually(() -> pane.work().stateProperty().get().startsWith("cannot read the cadence 'hourly'"));
    }

    @Test
    void aProductDroppedOnTheListJoinsItAndDeleteTakesOneOff(FxRobot robot) throws Exception {
        Product density = Product.parse("omni2/omni2_hourly/N_p");
        fx(() -> {
            pane.fillFromWindow();
            return null;
        });
        var list = fx(() -> scene.lookup("#training-products"));
        Drops.Outcome outcome = fx(() -> Drops.drop(list, ProductDrag.content(density)));
        assertThat(outcome.completed()).isTrue();
        assertThat(fx(() -> List.copyOf(pane.form().products()))).containsExactly(PRODUCTS.get(0), PRODUCTS.get(1), density);

        fx(() -> {
            ((ListView<?>) list).getSelectionModel().select(0);
            list.requestFocus();
            return null;
        });
        robot.type(KeyCode.DELETE);
        eventually(() -> pane.form().products().equals(List.of(PRODUCTS.get(1), density)));
    }

    @Test
    void dataThatCannotBeHadIsSaidSo(FxRobot robot) throws Exception {
        Catalog icmes = catalogOfIcmes();
        fx(() -> {
            pane.fillFromWindow();
            pane.form().catalog().setValue(icmes);
            pane.form().products().setAll(Product.parse("nowhere/some_dataset/B"));
            pane.form().range().set(TRAINING);
            return null;
        });
        robot.clickOn("#train");
        eventually(() -> pane.work().stateProperty().get().startsWith("Cannot"));
        assertThat(fx(() -> pane.work().stateProperty().get())).isEqualTo("Cannot train on icme: no provider named nowhere");
        assertThat(fx(() -> pane.model().get())).isNull();
    }

    /** The ICMEs of 2003–2005 in a catalog "icme" of the store. */
    private Catalog catalogOfIcmes() throws Exception {
        Catalog catalog = store.createCatalog(Catalog.named("icme", Instant.now()));
        for (TimeRange icme : LabelCatalog.readFile(SharedData.file("catalogs/icme_nguyen2019.csv")).within(TRAINING)) {
            store.addEvent(Event.of(icme.start(), icme.stop(), Instant.now()), List.of(catalog.uuid()));
        }
        session.refresh().get(10, TimeUnit.SECONDS);
        return catalog;
    }

    private static ZoneLayer hatched(PlotPanel panel) {
        return panel.model().layers().stream().filter(l -> l instanceof ZoneLayer z && z.style() == ZoneLayer.Style.HATCHED)
                .map(ZoneLayer.class::cast).findFirst().orElseThrow();
    }

    /** Writes the window reviewing the most confident suggestion, then selects the first again. */
    private void screenshotIfAsked() throws Exception {
        String file = System.getProperty("learn.screenshot");
        if (file == null) {
            return;
        }
        fx(() -> {
            var table = pane.review().table();
            table.getSelectionModel().select(table.getItems().stream()
                    .max(Comparator.comparingDouble(Suggestion::confidence)).orElseThrow());
            table.scrollTo(table.getSelectionModel().getSelectedIndex());
            return null;
        });
        // The panels load and draw the range they moved to.
        Thread.sleep(2000);
        fx(() -> {
            WindowSnapshot.writePng(scene, Path.of(file));
            pane.review().table().getSelectionModel().select(0);
            return null;
        });
    }

    private static void eventually(Callable<Boolean> condition) throws Exception {
        FxCalls.eventually(60, condition);
    }
}
