package org.heliodeck.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.heliodeck.app.Product;
import org.heliodeck.app.StatusBar;
import org.heliodeck.app.plot.GeneratedProvider;
import org.heliodeck.app.plot.PlotPanel;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.Provider;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.formats.catalog.AttributeValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Catalogs on the OMNI2 panels, with a store in a temporary file: a Shift-drag makes an event in
 * the active catalog with the interval drawn and the products shown, its zone is drawn on every
 * panel, an edge drag moves it, Ctrl+Z takes it back and Ctrl+Shift+Z brings it again; N / P move
 * the range from event to event, Delete removes the one selected and E adds the range shown; the
 * table's rating and attribute edits reach the store; the statistics view counts what the events
 * say and places them from an orbit product.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogWorkbenchTest {

    private static final TimeRange STORM = TimeRange.of("2003-10-27", "2003-11-03");
    private static final Product DST = Product.parse("omni2/omni2_hourly/Dst");
    private static final Product SPEED = Product.parse("omni2/omni2_hourly/V");
    private static final long HOUR = 3_600_000_000_000L;

    @TempDir
    Path directory;

    private final Map<String, Provider> providers = new ConcurrentHashMap<>();
    private FragmentCache cache;
    private DataAccess access;
    private PlotStack stack;
    private CatalogStore store;
    private CatalogWorkbench workbench;
    private final List<String> messages = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        providers.put("omni2", LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent()));
        cache = FragmentCache.open(directory.resolve("cache"), CachePolicy.DEFAULT, Clock.systemUTC());
        access = new DataAccess(cache);
        stack = new PlotStack(lookup(), access, new StatusBar(), STORM);
        store = CatalogStore.open(directory.resolve("catalogs.sqlite"));
        workbench = new CatalogWorkbench(store, stack, lookup(), new CatalogPreferences("tester", 0.2), messages::add);
        BorderPane root = new BorderPane(stack);
        root.setTop(new MenuBar(workbench.menu()));
        root.setBottom(workbench.browser());
        workbench.browser().setPrefHeight(220);
        stage.setScene(new Scene(root, 1000, 800));
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        stack.close();
        workbench.close();
        store.close();
        access.close();
        cache.close();
    }

    @Test
    void aShiftDragAddsAnEventDrawnOnEveryPanelThatAnEdgeDragMovesAndUndoTakesBack(FxRobot robot) throws Exception {
        Catalog storms = workbench.actions().create("storms", "tester").get(10, TimeUnit.SECONDS);
        List<PlotPanel> panels = fx(() -> List.of(stack.addPanel(DST), stack.addPanel(SPEED)));
        eventually(() -> panels.stream().allMatch(p -> p.drawnRange() != null && p.plotBounds().getWidth() > 100));
        PlotPanel lower = panels.get(1);
        Rectangle2D plot = fx(lower::plotBounds);
        double y = plot.getMinY() + plot.getHeight() / 2;
        double from = plot.getMinX() + plot.getWidth() * 0.3;
        double to = plot.getMinX() + plot.getWidth() * 0.5;
        double nanosPerPixel = STORM.duration() / plot.getWidth();

        drag(lower, from, to, y, true);
        eventually(() -> store.events(storms).size() == 1);
        Event made = store.events(storms).getFirst();
        assertThat((double) made.start()).isCloseTo(timeAt(plot, from), within(nanosPerPixel));
        assertThat((double) made.stop()).isCloseTo(timeAt(plot, to), within(nanosPerPixel));
        assertThat(made.products()).containsExactly(DST.toString(), SPEED.toString());
        assertThat(made.author()).isEqualTo("tester");
        assertThat(made.created()).isAfter(Instant.now().minusSeconds(60));

        // A translucent zone of the catalog's colour across each panel, between the two edges.
        Color zone = blend(fx(() -> workbench.session().colour(storms.uuid())), fx(() -> stack.themeProperty().get().plotArea()));
        for (PlotPanel p : panels) {
            eventually(() -> pixels(p, zone, from + 2, to - 2) > 0.5 * (to - from - 4) * p.plotBounds().getHeight());
            assertThat(fx(() -> pixels(p, zone, plot.getMinX(), from - 2))).isZero();
        }

        double later = from - plot.getWidth() * 0.1;
        drag(panels.getFirst(), from, later, y, false);
        eventually(() -> Math.abs(store.events(storms).getFirst().start() - timeAt(plot, later)) <= nanosPerPixel);
        assertThat(store.events(storms).getFirst().stop()).isEqualTo(made.stop());
        assertThat(fx(stack.rangeProperty()::get)).as("an edge drag does not pan").isEqualTo(STORM);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> store.events(storms).getFirst().start() == made.start());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> store.events(storms).isEmpty());
        eventually(() -> pixels(panels.getFirst(), zone, from + 2, to - 2) == 0);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        eventually(() -> store.events(storms).size() == 1 && store.events(storms).getFirst().start() == made.start());
        eventually(() -> pixels(panels.getFirst(), zone, from + 2, to - 2) > 0.5 * (to - from - 4) * plot.getHeight());
    }

    @Test
    void nAndPMoveFromEventToEventDeleteRemovesTheSelectedOneAndEAddsTheRangeShown(FxRobot robot) throws Exception {
        Catalog list = withEvents("list", 3);
        List<Event> events = store.events(list);
        fx(() -> {
            stack.addPanel(DST);
            stack.rangeProperty().set(TimeRange.of("2003-10-20", "2003-10-21"));
            return null;
        });
        robot.clickOn(stack).type(KeyCode.N);
        eventually(() -> stack.rangeProperty().get().equals(EventNavigation.around(events.get(0), 0.2)));
        TimeRange first = fx(stack.rangeProperty()::get);
        long pad = Math.round(0.2 * (events.get(0).stop() - events.get(0).start()));
        assertThat(first).isEqualTo(new TimeRange(events.get(0).start() - pad, events.get(0).stop() + pad));
        robot.type(KeyCode.N);
        eventually(() -> stack.rangeProperty().get().equals(EventNavigation.around(events.get(1), 0.2)));
        robot.type(KeyCode.N, KeyCode.P);
        eventually(() -> stack.rangeProperty().get().equals(EventNavigation.around(events.get(1), 0.2))
                && workbench.session().selectedProperty().get().uuid().equals(events.get(1).uuid()));

        robot.type(KeyCode.DELETE);
        eventually(() -> store.events(list).stream().map(Event::uuid).toList().equals(List.of(events.get(0).uuid(),
                events.get(2).uuid())));

        TimeRange boxed = TimeRange.of("2003-10-29T06:00", "2003-10-30T18:00");
        fx(() -> {
            stack.rangeProperty().set(boxed);
            return null;
        });
        robot.type(KeyCode.E);
        eventually(() -> store.events(list).stream().anyMatch(e -> e.range().equals(boxed)));
        assertThat(store.events(list)).hasSize(3);
    }

    @Test
    void aRatingTypedInTheTableIsStored() throws Exception {
        Catalog list = withEvents("rated", 2);
        eventually(() -> workbench.browser().events().table().getItems().size() == 2);
        commit(1, "rating-column", "8");
        UUID second = store.events(list).get(1).uuid();
        eventually(() -> store.event(second).orElseThrow().rating().equals(OptionalInt.of(8)));
        assertThat(store.events(list).getFirst().rating()).isEmpty();
    }

    @Test
    void customAttributesAreEditedInTheirColumnsAndKeepTheirType() throws Exception {
        Catalog list = withEvents("measured", 2);
        Event first = store.events(list).getFirst();
        store.updateEvent(first.withAttributes(Map.of("speed", AttributeValue.real(420))));
        workbench.session().refresh().get(10, TimeUnit.SECONDS);
        eventually(() -> column("attribute-speed") != null);

        commit(1, "attribute-speed", "512");
        UUID second = store.events(list).get(1).uuid();
        eventually(() -> AttributeValue.real(512).equals(store.event(second).orElseThrow().attributes().get("speed")));

        commit(0, "attribute-speed", "fast");
        eventually(() -> messages.stream().anyMatch(m -> m.contains("Cannot set speed") && m.contains("'fast' is not a number")));
        assertThat(store.event(first.uuid()).orElseThrow().attributes()).containsEntry("speed", AttributeValue.real(420));

        fx(() -> {
            workbench.browser().events().attributes().add("shock");
            return null;
        });
        commit(0, "attribute-shock", "true");
        eventually(() -> AttributeValue.bool(true).equals(store.event(first.uuid()).orElseThrow().attributes().get("shock")));

        commit(0, "attribute-speed", "");
        eventually(() -> !store.event(first.uuid()).orElseThrow().attributes().containsKey("speed"));
        assertThat(fx(() -> column("attribute-speed"))).as("the second event still has a speed").isNotNull();
    }

    /** The column of the event table with that id, or null. FX thread. */
    @SuppressWarnings("unchecked")
    private TableColumn<Event, String> column(String id) {
        return (TableColumn<Event, String>) workbench.browser().events().table().getColumns().stream()
                .filter(c -> id.equals(c.getId())).findFirst().orElse(null);
    }

    /** Types {@code text} into a cell of the event table, as a cell's editor commits it. */
    private void commit(int row, String columnId, String text) throws Exception {
        fx(() -> {
            TableView<Event> table = workbench.browser().events().table();
            TableColumn<Event, String> column = column(columnId);
            table.edit(row, column);
            javafx.event.Event.fireEvent(column, new TableColumn.CellEditEvent<>(table, new TablePosition<>(table, row, column),
                    TableColumn.editCommitEvent(), text));
            return null;
        });
    }

    @Test
    void theActiveCatalogStaysChosenWhenAnotherIsListedBeforeIt() throws Exception {
        Catalog chosen = workbench.actions().create("b", "tester").get(10, TimeUnit.SECONDS);
        store.createCatalog(Catalog.named("a", Instant.now()));
        workbench.session().refresh().get(10, TimeUnit.SECONDS);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<CatalogTree.Row> tree = (javafx.scene.control.TreeView<CatalogTree.Row>) fx(() ->
                workbench.browser().lookup("#catalog-tree"));
        assertThat(fx(() -> tree.getRoot().getChildren().stream().map(i -> ((CatalogTree.Entry) i.getValue()).catalog().name())
                .toList())).containsExactly("a", "b");
        assertThat(fx(() -> ((CatalogTree.Entry) tree.getSelectionModel().getSelectedItem().getValue()).catalog().uuid()))
                .isEqualTo(chosen.uuid());
        assertThat(fx(() -> workbench.session().activeProperty().get().uuid())).isEqualTo(chosen.uuid());
    }

    @Test
    void theStatisticsCountTheEventsAndPlaceThemFromTheOrbit(FxRobot robot) throws Exception {
        // Durations of 1, 2, 2 and 3 hours, in 2003 and 2004; the orbit a circle of 10 Re (in km) in the ecliptic.
        long t0 = STORM.start();
        List<Event> made = List.of(event(t0, HOUR), event(t0 + 10 * HOUR, 2 * HOUR), event(t0 + 20 * HOUR, 2 * HOUR),
                event(TimeRange.of("2004-03-01", "2004-03-02").start(), 3 * HOUR));
        providers.put("orbit", new GeneratedProvider("orbit", CatalogWorkbenchTest::circle));
        workbench.setOrbit(Optional.of(Product.parse("orbit/model/XYZ_GSE")));
        Catalog catalog = workbench.actions().create("stats", "tester").get(10, TimeUnit.SECONDS);
        for (Event e : made) {
            store.addEvent(e, List.of(catalog.uuid()));
        }
        workbench.session().refresh().get(10, TimeUnit.SECONDS);
        List<Event> events = store.events(catalog);
        StatisticsView view = fx(() -> {
            StatisticsView v = workbench.statistics(catalog, events);
            Stage window = new Stage();
            window.setScene(new Scene(v, 1200, 700));
            window.show();
            return v;
        });

        Histogram durations = fx(() -> view.durations().content().bars());
        assertThat(durations.total()).isEqualTo(4);
        assertThat(durations.counts()[0]).isEqualTo(1);
        assertThat(durations.counts()[StatisticsView.BINS / 2]).isEqualTo(2);
        assertThat(durations.counts()[StatisticsView.BINS - 1]).isEqualTo(1);
        assertThat(fx(() -> view.years().content().bars().counts())).containsExactly(3, 1);
        fx(() -> {
            view.countPer("month");
            return null;
        });
        // October 2003, four empty months, March 2004.
        assertThat(fx(() -> view.years().content().bars().counts())).containsExactly(3, 0, 0, 0, 0, 1);

        StatisticsChart map = view.xyMap();
        eventually(() -> map.content().xs().length == 4 || !messages.isEmpty());
        assertThat(messages).noneMatch(m -> m.startsWith("Cannot"));
        assertThat(fx(() -> java.util.Arrays.stream(map.content().xs()).allMatch(Double::isFinite))).isTrue();
        double[] expected = circle(t0 + 20 * HOUR + HOUR);
        assertThat(fx(() -> map.content().xs()[2])).isCloseTo(expected[0], within(0.01));
        assertThat(fx(() -> map.content().ys()[2])).isCloseTo(expected[1], within(0.01));
        Point2D point = fx(() -> new Point2D(map.px(map.content().xs()[2]), map.py(map.content().ys()[2])));
        assertThat(fx(() -> map.pointAt(point.getX(), point.getY()))).hasValue(2);
        robot.clickOn(fx(() -> map.localToScreen(point)));
        eventually(() -> stack.rangeProperty().get().equals(EventNavigation.around(events.get(2), 0.2)));
    }

    /** A catalog of {@code n} events of 6 h, a day apart from the storm's start, active and shown. */
    private Catalog withEvents(String name, int n) throws Exception {
        Catalog catalog = workbench.actions().create(name, "tester").get(10, TimeUnit.SECONDS);
        for (int i = 0; i < n; i++) {
            store.addEvent(event(STORM.start() + (i + 1) * 24 * HOUR, 6 * HOUR), List.of(catalog.uuid()));
        }
        workbench.session().refresh().get(10, TimeUnit.SECONDS);
        return catalog;
    }

    private static Event event(long start, long duration) {
        return Event.of(start, start + duration, Instant.now());
    }

    /** x, y, z in km: a circular orbit of 10 Re in the X–Y plane, one turn a day. */
    private static double[] circle(long t) {
        double angle = 2 * Math.PI * (t % (24 * HOUR)) / (24 * HOUR);
        return new double[] {10 * Math.cos(angle), 10 * Math.sin(angle), 0};
    }

    /** The orbit sampled every 10 minutes over October 2003 to March 2004, in km. */
    private static Variable circle(String parameter) {
        long start = TimeRange.of("2003-10-01", "2004-04-01").start();
        int records = (int) (TimeRange.of("2003-10-01", "2004-04-01").duration() / (HOUR / 6));
        long[] times = new long[records];
        double[] values = new double[records * 3];
        for (int r = 0; r < records; r++) {
            times[r] = start + r * (HOUR / 6);
            double[] re = circle(times[r]);
            for (int c = 0; c < 3; c++) {
                values[r * 3 + c] = re[c] * 6371.2;
            }
        }
        return Variable.of("orbit/model", parameter, times, Values.of(values, 3), List.of(),
                Metadata.builder().label("Position").units("km").build());
    }

    private ProviderLookup lookup() {
        return name -> {
            Provider p = providers.get(name);
            if (p == null) {
                throw new IOException("no provider named " + name);
            }
            return p;
        };
    }

    /** A plain drag (or with Shift) from canvas x {@code from} to {@code to} of the panel, sent as a pointer sends it. */
    private static void drag(PlotPanel panel, double from, double to, double y, boolean shift) throws Exception {
        fx(() -> {
            Node area = panel.canvas().getParent();
            javafx.event.Event.fireEvent(area, mouse(area, MouseEvent.MOUSE_PRESSED, from, y, shift));
            javafx.event.Event.fireEvent(area, mouse(area, MouseEvent.MOUSE_DRAGGED, (from + to) / 2, y, shift));
            javafx.event.Event.fireEvent(area, mouse(area, MouseEvent.MOUSE_DRAGGED, to, y, shift));
            javafx.event.Event.fireEvent(area, mouse(area, MouseEvent.MOUSE_RELEASED, to, y, shift));
            return null;
        });
    }

    /** A mouse event at ({@code x}, {@code y}) of {@code target}: the event's own coordinates are the scene's. */
    private static MouseEvent mouse(Node target, EventType<MouseEvent> type, double x, double y, boolean shift) {
        Point2D screen = target.localToScreen(x, y);
        Point2D scene = target.localToScene(x, y);
        return new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1, shift, false, false, false,
                type != MouseEvent.MOUSE_RELEASED && type != MouseEvent.MOUSE_CLICKED, false, false, false, false, false,
                new PickResult(target, x, y));
    }

    private static double timeAt(Rectangle2D plot, double x) {
        return STORM.start() + (x - plot.getMinX()) / plot.getWidth() * STORM.duration();
    }

    /** {@code colour} at the zones' opacity over {@code background}. */
    private static Color blend(Color colour, Color background) {
        double a = 0.22;
        return new Color(colour.getRed() * a + background.getRed() * (1 - a), colour.getGreen() * a + background.getGreen() * (1 - a),
                colour.getBlue() * a + background.getBlue() * (1 - a), 1);
    }

    /** Pixels of {@code colour} in the panel's plot area between canvas x {@code x0} and {@code x1}. FX thread. */
    private static int pixels(PlotPanel panel, Color colour, double x0, double x1) {
        Rectangle2D plot = panel.plotBounds();
        PixelReader reader = panel.canvas().snapshot(null, null).getPixelReader();
        int count = 0;
        for (int y = (int) plot.getMinY() + 1; y < (int) plot.getMaxY() - 1; y++) {
            for (int x = (int) Math.max(x0, plot.getMinX() + 1); x < (int) Math.min(x1, plot.getMaxX() - 1); x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.03 && Math.abs(c.getGreen() - colour.getGreen()) < 0.03
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.03) {
                    count++;
                }
            }
        }
        return count;
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    private static void eventually(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
    }
}
