package org.heliodeck.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heliodeck.app.FxCalls.fx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.heliodeck.app.FxCalls;
import org.heliodeck.app.MainWindow;
import org.heliodeck.app.Product;
import org.heliodeck.app.ProductBrowser;
import org.heliodeck.app.Theme;
import org.heliodeck.app.TimeRangeBar;
import org.heliodeck.app.catalog.CatalogPreferences;
import org.heliodeck.app.catalog.CatalogWorkbench;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.inventory.InventoryStore;
import org.heliodeck.data.inventory.LiveInventory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Learn menu of the window: Ctrl+L opens the Learn window in the main window's theme, filled in
 * from what the window shows (the active catalog, the panels' products, the visible range).
 */
@ExtendWith(ApplicationExtension.class)
class LearnWorkbenchTest {

    private static final TimeRange SHOWN = TimeRange.of("2005-05-10", "2005-05-25");
    private static final Product SPEED = Product.parse("omni2/omni2_hourly/V");

    @TempDir
    Path directory;

    private LiveInventory live;
    private FragmentCache cache;
    private DataAccess access;
    private PlotStack stack;
    private CatalogStore store;
    private CatalogWorkbench catalogs;
    private LearnWorkbench learning;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        live = LiveInventory.open(new InventoryStore(directory.resolve("inventory")), Clock.systemUTC());
        TimeRangeBar bar = new TimeRangeBar(SHOWN);
        window = new MainWindow(new ProductBrowser(live, Set.of()), bar, stage::close);
        cache = FragmentCache.open(directory.resolve("cache"), CachePolicy.DEFAULT, Clock.systemUTC());
        access = new DataAccess(cache);
        LocalArchive omni2 = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        stack = new PlotStack(name -> omni2, access, window.statusBar(), SHOWN);
        stack.rangeProperty().bindBidirectional(bar.rangeProperty());
        window.panelArea().setContent(stack);
        store = CatalogStore.open(directory.resolve("catalogs.sqlite"));
        CatalogPreferences preferences = new CatalogPreferences("tester", 0.2);
        catalogs = new CatalogWorkbench(store, stack, name -> omni2, preferences, window.statusBar()::message);
        catalogs.install(window);
        learning = new LearnWorkbench(catalogs.session(), stack, name -> omni2, access, preferences, window.statusBar()::message);
        learning.install(window);
        stack.addPanel(SPEED);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        // Its own window: the next test's robot would find it otherwise.
        fx(() -> {
            Stage learn = learnWindow();
            if (learn != null) {
                learn.close();
            }
            return null;
        });
        learning.close();
        stack.close();
        catalogs.close();
        store.close();
        access.close();
        cache.close();
        window.browser().close();
        live.close();
    }

    @Test
    void controlLOpensTheLearnWindowFilledInFromTheMainOne(FxRobot robot) throws Exception {
        Catalog mine = catalogs.actions().create("mine", "tester").get(10, TimeUnit.SECONDS);
        FxCalls.eventually(10, () -> catalogs.session().activeProperty().get() != null);
        fx(() -> {
            window.themeProperty().set(Theme.DARK);
            return null;
        });

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        FxCalls.eventually(10, () -> learnWindow() != null);
        Scene learn = fx(() -> learnWindow().getScene());
        assertThat(fx(learn::getStylesheets)).containsExactly(Theme.base(), Theme.DARK.stylesheet());
        @SuppressWarnings("unchecked")
        ComboBox<Catalog> catalog = (ComboBox<Catalog>) fx(() -> learn.lookup("#training-catalog"));
        assertThat(fx(() -> catalog.getValue().uuid())).isEqualTo(mine.uuid());
        assertThat(fx(() -> List.<Object>copyOf(((ListView<?>) learn.lookup("#training-products")).getItems()))).containsExactly(SPEED);
        assertThat(fx(() -> ((TextField) learn.lookup("#training-start")).getText())).isEqualTo("2005-05-10T00:00:00Z");
        assertThat(fx(() -> ((TextField) learn.lookup("#training-stop")).getText())).isEqualTo("2005-05-25T00:00:00Z");
        assertThat(fx(() -> learn.lookup("#scan-visible").isDisabled())).as("no model yet").isTrue();
    }

    /** The Learn window, once shown. FX thread. */
    private static Stage learnWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Learn")).map(Stage.class::cast).findFirst().orElse(null);
    }
}
