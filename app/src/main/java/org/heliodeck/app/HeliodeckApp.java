package org.heliodeck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.heliodeck.app.catalog.CatalogPreferences;
import org.heliodeck.app.catalog.CatalogWorkbench;
import org.heliodeck.app.learn.LearnWorkbench;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.StackWorkspace;
import org.heliodeck.app.workspace.RecentWorkspaces;
import org.heliodeck.app.workspace.WorkspaceMenu;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.Providers;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.LiveInventory;

/**
 * The desktop application. Named parameters: {@code --range=START/STOP} (the first range shown),
 * {@code --screenshot=FILE.png} (draw the laid-out window into FILE and exit: for the README, and
 * to look at the window without a display), {@code --search=TEXT} (type TEXT into the search),
 * {@code --theme=light|dark}, {@code --workspace=FILE} (open a saved workspace), {@code --catalog=NAME,NAME…}
 * (show those catalogs' zones; the first becomes the active one), {@code --orbit=PRODUCT} (the position product
 * the statistics view places events with), {@code --statistics=FILE.png} (with {@code --screenshot}:
 * also draw the statistics view of the catalog named into FILE).
 */
public final class HeliodeckApp extends Application {

    public static final String RANGE = "range";
    public static final String SCREENSHOT = "screenshot";
    public static final String SEARCH = "search";
    public static final String THEME = "theme";
    public static final String WORKSPACE = "workspace";
    public static final String CATALOG = "catalog";
    public static final String ORBIT = "orbit";
    public static final String STATISTICS = "statistics";

    private LiveInventory inventory;
    private ProductBrowser browser;
    private FragmentCache cache;
    private DataAccess access;
    private PlotStack plots;
    private CatalogStore catalogs;
    private String catalogProblem;
    private CatalogWorkbench workbench;
    private LearnWorkbench learning;

    /**
     * Reads the kept inventories and opens the data cache on the launcher thread, before the window:
     * indexing takes a second or two.
     */
    @Override
    public void init() throws IOException {
        inventory = StartupInventory.open();
        cache = FragmentCache.open();
        access = new DataAccess(cache);
        try {
            catalogs = CatalogStore.openDefault();
        } catch (IOException e) {
            // The plots work without catalogs: say why they are missing rather than refuse to start.
            catalogProblem = "Catalogs unavailable: " + e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        Map<String, String> named = getParameters().getNamed();
        Map<String, CompletableFuture<InventoryIndex>> archives =
                StartupInventory.refreshArchives(inventory, UserDirectories.current().config());
        browser = new ProductBrowser(inventory, archives.keySet());
        archives.forEach(browser::follow);
        TimeRangeBar timeBar = new TimeRangeBar(named.containsKey(RANGE) ? TimeRange.parse(named.get(RANGE)) : yesterday());
        MainWindow window = new MainWindow(browser, timeBar, stage::close);
        Providers providers = Providers.installed(UserDirectories.current().config());
        plots = new PlotStack(providers::require, access, window.statusBar(), timeBar.getRange());
        plots.rangeProperty().bindBidirectional(timeBar.rangeProperty());
        plots.themeProperty().bind(window.themeProperty().map(Theme::plots));
        window.panelArea().setContent(plots);
        if (named.containsKey(THEME)) {
            window.themeProperty().set(Theme.valueOf(named.get(THEME).toUpperCase(Locale.ROOT)));
        }
        StackWorkspace workspace = new StackWorkspace(plots, window.themeProperty());
        WorkspaceMenu files = new WorkspaceMenu(workspace, workspace, RecentWorkspaces.ofCurrentUser(), () -> stage,
                window.statusBar()::message);
        files.install(window.fileMenu());
        plots.setPanelExport(panel -> files.chooseAndExport(workspace.panel(panel)));
        if (named.containsKey(WORKSPACE)) {
            files.open(Path.of(named.get(WORKSPACE)));
        }
        if (catalogs != null) {
            CatalogPreferences preferences = CatalogPreferences.read(UserDirectories.current().config());
            // Through the cache: the statistics' orbit positions are asked again each time a view opens.
            workbench = new CatalogWorkbench(catalogs, plots, name -> access.through(providers.require(name)), preferences,
                    window.statusBar()::message);
            workbench.install(window);
            // Learning reads its labels from the store's catalogs: without a store there is nothing to learn from.
            learning = new LearnWorkbench(workbench.session(), plots, providers::require, access, preferences,
                    window.statusBar()::message);
            learning.install(window);
            workbench.setOrbit(Optional.ofNullable(named.get(ORBIT)).map(Product::parse));
            if (named.containsKey(CATALOG)) {
                List<String> names = List.of(named.get(CATALOG).split(","));
                names.reversed().forEach(this::showCatalog);
            }
        } else {
            window.statusBar().message(catalogProblem);
        }

        Scene scene = new Scene(window, 1280, 800);
        stage.setTitle("Heliodeck");
        stage.setScene(scene);
        stage.show();
        browser.focusSearch();
        // After the archives are indexed, so that the search and the picture include them.
        CompletableFuture.allOf(archives.values().toArray(CompletableFuture[]::new)).whenComplete((done, failed) ->
                Platform.runLater(() -> {
                    if (named.containsKey(SEARCH)) {
                        browser.search(named.get(SEARCH));
                    }
                    if (named.containsKey(SCREENSHOT)) {
                        // A workspace's data loads in the background: give it time to be drawn.
                        Duration settle = Duration.seconds(named.containsKey(WORKSPACE) ? 3 : 1);
                        screenshotAndExit(scene, browser, Path.of(named.get(SCREENSHOT)).toAbsolutePath(), settle,
                                statisticsShot(named));
                    }
                }));
    }

    /** Shows the zones of the catalog named and makes it active; a name not in the store is said in the status bar. */
    private void showCatalog(String name) {
        workbench.session().perform("show the catalog " + name, store -> store.requireCatalog(name), c -> {
            workbench.session().setVisible(c.uuid(), true);
            workbench.session().activeProperty().set(c);
        });
    }

    /** What draws the statistics view of {@code --catalog} into {@code --statistics} after the window's picture, if asked. */
    private Runnable statisticsShot(Map<String, String> named) {
        if (workbench == null || !named.containsKey(STATISTICS) || !named.containsKey(CATALOG)) {
            // The statistics picture is of the active catalog: the first one of --catalog.
            return () -> {};
        }
        Path file = Path.of(named.get(STATISTICS)).toAbsolutePath();
        return () -> {
            Catalog catalog = workbench.session().activeProperty().get();
            if (catalog == null) {
                System.err.println("heliodeck app: no catalog " + named.get(CATALOG) + " for the statistics picture");
                return;
            }
            Scene scene = new Scene(workbench.statistics(catalog, List.copyOf(workbench.session().events())), 1200, 760);
            // The view places the events off the FX thread: its maps get a moment to be drawn.
            PauseTransition placed = new PauseTransition(Duration.seconds(1.5));
            placed.setOnFinished(done -> write(scene, file));
            placed.play();
        };
    }

    /**
     * Writes the window to {@code file} once the search typed has had time to answer (its best hit
     * shown in the tree, as Enter would), then {@code more} (another picture), then quits.
     */
    private static void screenshotAndExit(Scene scene, ProductBrowser browser, Path file, Duration wait, Runnable more) {
        PauseTransition settle = new PauseTransition(wait);
        settle.setOnFinished(e -> {
            browser.showFirstHit();
            write(scene, file);
            more.run();
            PauseTransition drawn = new PauseTransition(Duration.seconds(3));
            drawn.setOnFinished(done -> Platform.exit());
            drawn.play();
        });
        settle.play();
    }

    private static void write(Scene scene, Path file) {
        try {
            WindowSnapshot.writePng(scene, file);
            System.out.println("wrote " + file);
        } catch (IOException failed) {
            System.err.println("heliodeck app: cannot write " + file + ": " + failed.getMessage());
        }
    }

    @Override
    public void stop() throws IOException {
        if (learning != null) {
            learning.close();
        }
        if (workbench != null) {
            workbench.close();
        }
        if (catalogs != null) {
            catalogs.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (plots != null) {
            plots.close();
        }
        inventory.close();
        access.close();
        cache.close();
    }

    /** The last whole UTC day: a range with data for most missions. */
    private static TimeRange yesterday() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long stop = Tt2000.of(today.getYear(), today.getMonthValue(), today.getDayOfMonth(), 0, 0, 0, 0);
        return new TimeRange(stop - 86_400_000_000_000L, stop);
    }
}
