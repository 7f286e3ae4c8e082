package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.heliodeck.app.plot.GeneratedProvider;
import org.heliodeck.app.plot.PlotPanel;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.StackWorkspace;
import org.heliodeck.app.workspace.Workspace;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.Provider;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.hapi.HapiClient;
import org.heliodeck.data.hapi.HapiClientSettings;
import org.heliodeck.data.hapi.HapiEndpoint;
import org.heliodeck.data.hapi.HapiProvider;
import org.heliodeck.plot.axis.AutoRange;
import org.heliodeck.plot.figure.PanelRenderer;
import org.heliodeck.plot.figure.SpectrogramLayer;
import org.heliodeck.plot.series.Palette;
import org.heliodeck.plot.series.SeriesStyle;
import org.heliodeck.server.hapi.HapiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plot panels over the OMNI2 archive, read directly or served by a loopback HAPI server: drops
 * make panels and layers, the wheel, the keys and the time bar move every panel, new ranges are
 * fetched and drawn, stale loads cancelled, and an unreachable source is reported on its panel.
 */
@ExtendWith(ApplicationExtension.class)
class PlotStackTest {

    private static final TimeRange STORM = TimeRange.of("2003-10-27", "2003-11-03");
    private static final Product DST = Product.parse("omni2/omni2_hourly/Dst");
    private static final Color FIRST = Palette.component(0);

    @TempDir
    Path cacheDirectory;

    private final Map<String, Provider> providers = new ConcurrentHashMap<>();
    private LocalArchive archive;
    private FragmentCache cache;
    private DataAccess access;
    private TimeRangeBar bar;
    private StatusBar status;
    private PlotStack stack;
    private HapiServer server;

    @Start
    void start(Stage stage) throws IOException {
        archive = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        providers.put("omni2", archive);
        cache = FragmentCache.open(cacheDirectory, CachePolicy.DEFAULT, Clock.systemUTC());
        access = new DataAccess(cache);
        bar = new TimeRangeBar(STORM);
        status = new StatusBar();
        stack = new PlotStack(name -> {
            Provider p = providers.get(name);
            if (p == null) {
                throw new IOException("no provider named " + name);
            }
            return p;
        }, access, status, STORM);
        stack.rangeProperty().bindBidirectional(bar.rangeProperty());
        stage.setScene(new Scene(new BorderPane(stack, bar, null, status, null), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        stack.close();
        access.close();
        cache.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void dropsMakePanelsAndLayersDrawnInTheSeriesColours(FxRobot robot) throws Exception {
        drop(newPanelZone(robot), DST);
        PlotPanel panel = fx(() -> stack.panels().getFirst());
        eventually(() -> pixels(panel, FIRST) > 50);

        drop(panel, Product.parse("omni2/omni2_hourly/V"));
        assertThat(fx(panel::products)).containsExactly(DST, Product.parse("omni2/omni2_hourly/V"));
        eventually(() -> pixels(panel, Palette.component(1)) > 50);

        drop(newPanelZone(robot), Product.parse("omni2/omni2_hourly/N_p"));
        assertThat(fx(() -> stack.panels().size())).isEqualTo(2);
        PlotPanel second = fx(() -> stack.panels().get(1));
        eventually(() -> pixels(second, FIRST) > 50);
        assertThat(fx(panel::message)).isEmpty();
    }

    @Test
    void aProductDraggedByItsTitleMovesToAnotherPanelOrANewOne(FxRobot robot) throws Exception {
        Product speed = Product.parse("omni2/omni2_hourly/V");
        List<PlotPanel> panels = panelsOf(robot, DST, speed);
        PlotPanel dst = panels.get(0);
        PlotPanel v = panels.get(1);

        Drops.Outcome onItself = fx(() -> Drops.drop(dst, ProductDrag.content(DST), title(dst, DST), TransferMode.MOVE));
        assertThat(onItself.accepted()).isNull();

        Drops.Outcome moved = fx(() -> Drops.drop(dst, ProductDrag.content(speed), title(v, speed), TransferMode.MOVE));
        assertThat(moved.completed()).isTrue();
        assertThat(fx(() -> stack.panels())).containsExactly(dst);
        assertThat(fx(dst::products)).containsExactly(DST, speed);
        eventually(() -> pixels(dst, Palette.component(1)) > 50);

        Drops.Outcome out = fx(() -> Drops.drop(newPanelZone(robot), ProductDrag.content(DST), title(dst, DST), TransferMode.MOVE));
        assertThat(out.completed()).isTrue();
        assertThat(fx(() -> stack.panels().stream().map(PlotPanel::products).toList()))
                .containsExactly(List.of(speed), List.of(DST));
    }

    @Test
    void aSpectrogramIsDrawnWithItsColourBarAndTheTimeAxesStayAligned(FxRobot robot) throws Exception {
        List<PlotPanel> panels = dstAboveASpectrogram(robot);
        PlotPanel series = panels.get(0);
        PlotPanel spectrogram = panels.get(1);
        eventually(() -> spectrogram.plotBounds().getWidth() > 0
                && spectrogram.plotBounds().getMaxX() == spectrogram.canvas().getWidth() - PanelRenderer.COLOR_BAR_ROOM);
        // The series panel keeps the colour bar's room too, so that a time is at one x on every panel.
        assertThat(fx(() -> series.plotBounds().getMinX())).isEqualTo(fx(() -> spectrogram.plotBounds().getMinX()));
        assertThat(fx(() -> series.plotBounds().getWidth())).isEqualTo(fx(() -> spectrogram.plotBounds().getWidth()));
        assertThat(fx(() -> colouredShare(spectrogram))).isGreaterThan(0.5);
        // Its bins are on a log scale: so is the panel's y axis, until the user says otherwise.
        assertThat(fx(() -> spectrogram.model().logY())).isTrue();
        assertThat(fx(() -> series.model().logY())).isFalse();
    }

    @Test
    void theWheelZoomsEveryPanelAboutThePointer(FxRobot robot) throws Exception {
        drop(newPanelZone(robot), DST);
        drop(newPanelZone(robot), Product.parse("omni2/omni2_hourly/V"));
        PlotPanel top = fx(() -> stack.panels().getFirst());
        eventually(() -> pixels(top, FIRST) > 50);
        Rectangle2D plot = fx(top::plotBounds);
        double x = plot.getMinX() + plot.getWidth() / 4;
        long under = timeAt(STORM, plot, x);

        robot.moveTo(screen(top, x, plot.getMinY() + plot.getHeight() / 2)).scroll(1, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        TimeRange zoomed = fx(bar::getRange);
        assertThat(zoomed.duration()).isLessThan(STORM.duration());
        assertThat(STORM.contains(zoomed)).isTrue();
        // The time under the pointer stays there, to the pixel.
        assertThat(Math.abs(timeAt(zoomed, plot, x) - under)).isLessThan(STORM.duration() / (long) plot.getWidth());
        eventually(() -> stack.panels().stream().allMatch(p -> zoomed.equals(p.drawnRange())));
        assertThat(fx(top::readout)).contains("2003-10-28");
    }

    @Test
    void keysPanAndHomeFitsTheData(FxRobot robot) throws Exception {
        drop(newPanelZone(robot), DST);
        PlotPanel panel = fx(() -> stack.panels().getFirst());
        eventually(() -> pixels(panel, FIRST) > 50);

        robot.clickOn(panel.canvas());
        robot.type(KeyCode.RIGHT);
        long step = Math.round(STORM.duration() * 0.2);
        assertThat(fx(bar::getRange)).isEqualTo(STORM.shift(step));
        robot.type(KeyCode.LEFT);
        assertThat(fx(bar::getRange)).isEqualTo(STORM);

        robot.type(KeyCode.HOME);
        TimeRange fitted = fx(bar::getRange);
        // The data loaded: the range shown and half of it again on each side.
        assertThat(fitted.start()).isLessThan(STORM.start() - STORM.duration() / 3);
        assertThat(fitted.stop()).isGreaterThan(STORM.stop() + STORM.duration() / 3);
    }

    @Test
    void aDragPansAndAShiftDragZoomsToItsBox(FxRobot robot) throws Exception {
        drop(newPanelZone(robot), DST);
        PlotPanel panel = fx(() -> stack.panels().getFirst());
        eventually(() -> pixels(panel, FIRST) > 50);
        Rectangle2D plot = fx(panel::plotBounds);
        double y = plot.getMinY() + plot.getHeight() / 2;
        double from = plot.getMinX() + plot.getWidth() / 2;
        double to = from - plot.getWidth() / 4;

        robot.drag(screen(panel, from, y), MouseButton.PRIMARY).moveTo(screen(panel, to, y)).release(MouseButton.PRIMARY);
        TimeRange panned = fx(bar::getRange);
        assertThat(panned.duration()).isEqualTo(STORM.duration());
        // Dragged left by a quarter of the width: a quarter of the range later.
        assertThat((double) (panned.start() - STORM.start()) / STORM.duration()).isCloseTo(0.25, within(0.01));

        double boxFrom = plot.getMinX() + plot.getWidth() * 0.2;
        double boxTo = plot.getMinX() + plot.getWidth() * 0.6;
        // The Headless platform's robot does not hold Shift for the mouse: the events are sent as a pointer sends them.
        fx(() -> {
            shiftMouse(panel, MouseEvent.MOUSE_PRESSED, boxFrom, y);
            shiftMouse(panel, MouseEvent.MOUSE_DRAGGED, (boxFrom + boxTo) / 2, y);
            shiftMouse(panel, MouseEvent.MOUSE_DRAGGED, boxTo, y);
            shiftMouse(panel, MouseEvent.MOUSE_RELEASED, boxTo, y);
            return null;
        });
        TimeRange boxed = fx(bar::getRange);
        assertThat(boxed.start()).isCloseTo(timeAt(panned, plot, boxFrom), within(panned.duration() / 100));
        assertThat(boxed.stop()).isCloseTo(timeAt(panned, plot, boxTo), within(panned.duration() / 100));
    }

    @Test
    void thePanelMenuMovesRemovesAndSetsTheYAxis(FxRobot robot) throws Exception {
        List<PlotPanel> panels = panelsOf(robot, DST, Product.parse("omni2/omni2_hourly/N_p"));
        PlotPanel dst = panels.get(0);
        PlotPanel np = panels.get(1);
        eventually(() -> pixels(dst, FIRST) > 50 && pixels(np, FIRST) > 50);

        choose(dst, "Move down");
        assertThat(fx(() -> stack.panels())).containsExactly(np, dst);

        choose(np, "Log y");
        assertThat(fx(() -> np.model().logY())).isTrue();
        eventually(() -> np.model().logY() && pixels(np, FIRST) > 50);

        choose(dst, "Lock y range");
        var locked = fx(() -> dst.model().yRange());
        assertThat(locked).isPresent();
        robot.clickOn(dst.canvas()).type(KeyCode.ADD);
        assertThat(fx(bar::getRange).duration()).isLessThan(STORM.duration());
        assertThat(fx(() -> dst.model().yRange())).isEqualTo(locked);

        choose(dst, "Remove panel");
        assertThat(fx(() -> stack.panels())).containsExactly(np);
    }

    @Test
    void panningPastTheLoadedRangeFetchesItFromAHapiServer(FxRobot robot) throws Exception {
        server = new HapiServer(archive).start("127.0.0.1", 0);
        providers.put("loopback", hapi("http://127.0.0.1:" + server.port() + "/hapi"));
        TimeRange first = TimeRange.of("2003-10-27", "2003-10-30");
        fx(() -> {
            bar.setRange(first);
            return null;
        });
        drop(newPanelZone(robot), Product.parse("loopback/omni2_hourly/Dst"));
        PlotPanel panel = fx(() -> stack.panels().getFirst());
        eventually(() -> pixels(panel, FIRST) > 50);

        TimeRange later = TimeRange.of("2003-11-20", "2003-11-23");
        fx(() -> {
            bar.setRange(later);
            return null;
        });
        // Nothing of it was loaded: the series' colour there comes from the new fetch.
        eventually(() -> later.equals(panel.drawnRange()) && pixels(panel, FIRST) > 50);
        assertThat(fx(panel::message)).isEmpty();
        assertThat(fx(status::errorText)).isEmpty();
    }

    @Test
    void aNewRangeCancelsTheSlowLoadOfTheOldOne(FxRobot robot) throws Exception {
        TimeRange slow = TimeRange.of("2003-01-10", "2003-01-12");
        CountDownLatch blocking = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        providers.put("slow", new SlowWhere(archive, slow.zoom(2, slow.start() + slow.duration() / 2), blocking, cancelled));
        fx(() -> {
            bar.setRange(slow);
            return null;
        });
        drop(newPanelZone(robot), Product.parse("slow/omni2_hourly/Dst"));
        assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();
        // The window answers while the load waits.
        assertThat(WaitForAsyncUtils.asyncFx(() -> true).get(2, TimeUnit.SECONDS)).isTrue();

        fx(() -> {
            bar.setRange(STORM);
            return null;
        });
        assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
        PlotPanel panel = fx(() -> stack.panels().getFirst());
        eventually(() -> STORM.equals(panel.drawnRange()) && pixels(panel, FIRST) > 50);
        assertThat(fx(panel::message)).isEmpty();
        assertThat(fx(status::errorText)).isEmpty();
    }

    @Test
    void whatTheCacheHoldsIsDrawnWhileTheRestIsFetched(FxRobot robot) throws Exception {
        TimeRange cached = TimeRange.of("2003-10-20", "2003-10-24");
        CountDownLatch blocking = new CountDownLatch(1);
        providers.put("slow", new SlowWhere(archive, TimeRange.of("2003-10-26", "2003-12-01"), blocking, new CountDownLatch(1)));
        fx(() -> {
            bar.setRange(cached);
            return null;
        });
        drop(newPanelZone(robot), Product.parse("slow/omni2_hourly/Dst"));
        PlotPanel first = fx(() -> stack.panels().getFirst());
        eventually(() -> pixels(first, FIRST) > 50 && first.message().isEmpty());

        // Half of it cached (with the margin loaded around the first range), half blocked at the source.
        TimeRange wider = TimeRange.of("2003-10-22", "2003-10-30");
        fx(() -> {
            bar.setRange(wider);
            return null;
        });
        drop(newPanelZone(robot), Product.parse("slow/omni2_hourly/Dst"));
        assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();
        PlotPanel second = fx(() -> stack.panels().get(1));
        eventually(() -> wider.equals(second.drawnRange()) && pixels(second, FIRST) > 50);
    }

    @Test
    void anUnreachableSourceIsReportedOnThePanelAndTheStatusBar(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        providers.put("down", hapi("http://127.0.0.1:" + closed + "/hapi"));
        drop(newPanelZone(robot), Product.parse("down/omni2_hourly/Dst"));
        PlotPanel panel = fx(() -> stack.panels().getFirst());

        eventually(() -> !panel.message().isEmpty() && !status.errorText().isEmpty());
        assertThat(fx(panel::message)).startsWith("down/omni2_hourly/Dst: ");
        assertThat(fx(status::errorText)).contains("down/omni2_hourly/Dst over ");
        assertThat(WaitForAsyncUtils.asyncFx(() -> true).get(2, TimeUnit.SECONDS)).isTrue();
        robot.clickOn(panel.canvas()).type(KeyCode.RIGHT);
        assertThat(fx(bar::getRange)).isEqualTo(STORM.shift(Math.round(STORM.duration() * 0.2)));
    }

    /** A Shift+mouse event at canvas ({@code x}, {@code y}) of the panel. FX thread. */
    private static void shiftMouse(PlotPanel panel, EventType<MouseEvent> type, double x, double y) {
        Node area = panel.canvas().getParent();
        Point2D screen = area.localToScreen(x, y);
        Event.fireEvent(area, new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1, true, false,
                false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, new PickResult(area, x, y)));
    }

    /** Fires item {@code text} of the submenu {@code submenu} of the panel's menu. */
    private static void chooseIn(PlotPanel panel, String submenu, String text) throws Exception {
        fx(() -> {
            MenuButton menu = (MenuButton) panel.lookup(".plot-panel-menu");
            Menu sub = (Menu) menu.getItems().stream().filter(i -> submenu.equals(i.getText())).findFirst().orElseThrow();
            MenuItem item = sub.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
            if (item instanceof RadioMenuItem radio) {
                radio.setSelected(true);
            }
            item.fire();
            return null;
        });
    }

    /** Chooses the item of the panel's menu named {@code text} (a check item: toggles it), as a click does. */
    private static void choose(PlotPanel panel, String text) throws Exception {
        fx(() -> {
            MenuButton menu = (MenuButton) panel.lookup(".plot-panel-menu");
            MenuItem item = menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
            if (item instanceof CheckMenuItem check) {
                check.setSelected(!check.isSelected());
            }
            item.fire();
            return null;
        });
    }

    /** The label naming {@code product} in the panel's header. FX thread. */
    private static Node title(PlotPanel panel, Product product) {
        return panel.lookupAll(".plot-panel-title").stream()
                .filter(n -> ((Label) n).getText().equals(product.toString())).findFirst().orElseThrow();
    }

    private static Point2D screen(PlotPanel panel, double x, double y) throws Exception {
        return fx(() -> panel.canvas().localToScreen(x, y));
    }

    private static HapiProvider hapi(String url) {
        return new HapiProvider(new HapiClient(HapiEndpoint.of("test", url),
                HapiClientSettings.DEFAULTS.withRetries(1, Duration.ofMillis(10))));
    }

    @Test
    void thePanelMenuChoosesHowSeriesAreDrawnAndTheSpectrogramsColours(FxRobot robot) throws Exception {
        List<PlotPanel> panels = dstAboveASpectrogram(robot);
        PlotPanel dst = panels.get(0);
        PlotPanel spectrogram = panels.get(1);
        int asLines = fx(() -> pixels(dst, FIRST));

        chooseIn(dst, "Draw series as", "Scatter");
        assertThat(fx(() -> dst.sources().getFirst().renderer().style())).isEqualTo(SeriesStyle.SCATTER);
        // Hourly points joined by lines colour more pixels than the points alone.
        eventually(() -> pixels(dst, FIRST) > 0 && pixels(dst, FIRST) < asLines);

        chooseIn(spectrogram, "Colour map", "magma");
        assertThat(fx(() -> spectrogram.sources().getFirst().colorMap().name())).isEqualTo("magma");
        StackWorkspace holder = new StackWorkspace(stack, new javafx.beans.property.SimpleObjectProperty<>(org.heliodeck.app.Theme.LIGHT));
        Workspace saved = fx(holder::current);
        assertThat(saved.panels().get(1).products().getFirst().colorMap()).contains("magma");
        fx(() -> {
            holder.apply(saved);
            return null;
        });
        assertThat(fx(() -> stack.panels().get(1).sources().getFirst().colorMap().name())).isEqualTo("magma");
        // The new panels' menus tick what the workspace chose, once their data says which kind each product is.
        eventually(() -> "magma".equals(ticked(stack.panels().get(1), "Colour map")));
        assertThat(fx(() -> ticked(stack.panels().get(0), "Draw series as"))).isEqualTo("Scatter");
    }

    /** The radio item ticked in a submenu of the panel's menu, as the menu shows when opened. FX thread. */
    private static String ticked(PlotPanel panel, String submenu) {
        MenuButton menu = (MenuButton) panel.lookup(".plot-panel-menu");
        menu.show();
        try {
            Menu sub = (Menu) menu.getItems().stream().filter(i -> submenu.equals(i.getText())).findFirst().orElseThrow();
            return sub.getItems().stream().filter(i -> i instanceof RadioMenuItem r && r.isSelected()).findFirst()
                    .map(MenuItem::getText).orElse("");
        } finally {
            menu.hide();
        }
    }

    @Test
    void aWorkspaceSavesThePanelsAndBringsThemBack(FxRobot robot) throws Exception {
        List<PlotPanel> shown = panelsOf(robot, DST, Product.parse("omni2/omni2_hourly/N_p"));
        drop(shown.getFirst(), Product.parse("omni2/omni2_hourly/V"));
        AutoRange.Range locked = new AutoRange.Range(0.5, 50);
        fx(() -> {
            shown.get(1).setYAxis(true, Optional.of(locked));
            return null;
        });
        javafx.beans.property.ObjectProperty<org.heliodeck.app.Theme> theme =
                new javafx.beans.property.SimpleObjectProperty<>(org.heliodeck.app.Theme.DARK);
        StackWorkspace holder = new StackWorkspace(stack, theme);
        Workspace saved = fx(holder::current);

        fx(() -> {
            stack.clear();
            theme.set(org.heliodeck.app.Theme.LIGHT);
            bar.setRange(TimeRange.of("2010-01-01", "2010-01-02"));
            return null;
        });
        assertThat(fx(() -> stack.panels().size())).isZero();
        assertThat(fx(() -> holder.figure())).isEmpty();

        fx(() -> {
            holder.apply(saved);
            return null;
        });
        assertThat(fx(() -> stack.panels().stream().map(PlotPanel::products).toList())).containsExactly(
                List.of(DST, Product.parse("omni2/omni2_hourly/V")), List.of(Product.parse("omni2/omni2_hourly/N_p")));
        assertThat(fx(() -> stack.panels().get(1).logY())).isTrue();
        assertThat(fx(() -> stack.panels().get(1).lockedY())).contains(locked);
        assertThat(bar.getRange()).isEqualTo(STORM);
        assertThat(theme.get()).isEqualTo(org.heliodeck.app.Theme.DARK);
        eventually(() -> pixels(stack.panels().getFirst(), FIRST) > 50);
        assertThat(fx(() -> holder.figure().orElseThrow().figure().panels())).hasSize(2);
    }

    /** A Dst panel above a generated spectrogram's, both drawn. */
    private List<PlotPanel> dstAboveASpectrogram(FxRobot robot) throws Exception {
        providers.put("bins", new GeneratedProvider("bins", PlotStackTest::spectra));
        List<PlotPanel> panels = panelsOf(robot, DST, Product.parse("bins/energies/flux"));
        eventually(() -> panels.get(1).model().layers().stream().anyMatch(l -> l instanceof SpectrogramLayer)
                && panels.get(1).drawnRange() != null && pixels(panels.get(0), FIRST) > 50);
        return panels;
    }

    /** Drops each product below the panels: one panel each. */
    private List<PlotPanel> panelsOf(FxRobot robot, Product... products) throws Exception {
        for (Product p : products) {
            drop(newPanelZone(robot), p);
        }
        return fx(() -> List.copyOf(stack.panels()));
    }

    private static Node newPanelZone(FxRobot robot) {
        return robot.lookup(".new-panel-zone").query();
    }

    private static void drop(Node target, Product product) throws Exception {
        Drops.Outcome outcome = fx(() -> Drops.drop(target, ProductDrag.content(product)));
        assertThat(outcome.completed()).as("drop of " + product).isTrue();
    }

    /** The time at canvas {@code x} of a plot area showing {@code range}. */
    private static long timeAt(TimeRange range, Rectangle2D plot, double x) {
        return range.start() + Math.round((x - plot.getMinX()) / plot.getWidth() * range.duration());
    }

    /** Pixels of {@code colour} inside the panel's plot area, on a snapshot of its canvas. FX thread. */
    private static int pixels(PlotPanel panel, Color colour) {
        Rectangle2D plot = panel.plotBounds();
        WritableImage image = panel.canvas().snapshot(null, null);
        if (plot.getWidth() < 1 || plot.getMaxX() > image.getWidth() || plot.getMaxY() > image.getHeight()) {
            return 0; // resized since it was drawn: the next pulse draws it again
        }
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = (int) plot.getMinY() + 1; y < (int) plot.getMaxY() - 1; y++) {
            for (int x = (int) plot.getMinX() + 1; x < (int) plot.getMaxX() - 1; x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.04 && Math.abs(c.getGreen() - colour.getGreen()) < 0.04
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.04) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The share of the plot area's pixels that are neither background nor grey (axes, grid). FX thread. */
    private static double colouredShare(PlotPanel panel) {
        Rectangle2D plot = panel.plotBounds();
        PixelReader reader = panel.canvas().snapshot(null, null).getPixelReader();
        int coloured = 0;
        int all = 0;
        for (int y = (int) plot.getMinY() + 1; y < (int) plot.getMaxY() - 1; y++) {
            for (int x = (int) plot.getMinX() + 1; x < (int) plot.getMaxX() - 1; x++) {
                Color c = reader.getColor(x, y);
                all++;
                coloured += c.getSaturation() > 0.2 ? 1 : 0;
            }
        }
        return (double) coloured / all;
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds. */
    private static void eventually(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Hourly spectra in 8 energy bins over October and November 2003. */
    private static Variable spectra(String parameter) {
        TimeRange months = TimeRange.of("2003-10-01", "2003-12-01");
        int bins = 8;
        long hour = 3_600_000_000_000L;
        int records = (int) (months.duration() / hour);
        long[] times = new long[records];
        double[] values = new double[records * bins];
        for (int r = 0; r < records; r++) {
            times[r] = months.start() + r * hour;
            for (int b = 0; b < bins; b++) {
                values[r * bins + b] = Math.pow(10, 3 - b * 0.4) * (1.5 + Math.sin(r / 10.0));
            }
        }
        double[] energies = {10, 20, 40, 80, 160, 320, 640, 1280};
        return Variable.of("bins/energies", parameter, times, Values.of(values, bins),
                List.of(Axis.constant("energy", "keV", "Energy", ScaleType.LOG, energies)),
                Metadata.builder().label("Flux").units("1/(cm^2 s sr keV)").displayType(DisplayType.SPECTROGRAM)
                        .scaleType(ScaleType.LOG).build());
    }

    /**
     * The OMNI2 archive seen as a remote source whose fetches over {@code slow} wait until cancelled,
     * as a long download that looks at its cancellation does.
     */
    private static final class SlowWhere implements Provider {
        private final LocalArchive archive;
        private final TimeRange slow;
        private final CountDownLatch blocking;
        private final CountDownLatch cancelled;

        SlowWhere(LocalArchive archive, TimeRange slow, CountDownLatch blocking, CountDownLatch cancelled) {
            this.archive = archive;
            this.slow = slow;
            this.blocking = blocking;
            this.cancelled = cancelled;
        }

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public List<InventoryNode> inventory() {
            return archive.inventory();
        }

        @Override
        public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
                throws IOException {
            if (range.overlaps(slow)) {
                blocking.countDown();
                try {
                    while (true) {
                        context.checkNotCancelled();
                        Thread.sleep(5);
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    cancelled.countDown();
                    throw e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return archive.fetch(dataset, parameters, range, context);
        }
    }
}
