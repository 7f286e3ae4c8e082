package org.heliodeck.app.catalog;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.heliodeck.app.MainWindow;
import org.heliodeck.app.Product;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;

/**
 * The catalogs in the window: the browser docked below the panels, the zones and event editing on
 * the panels, a Catalog menu (undo Ctrl+Z, redo Ctrl+Shift+Z, statistics), and statistics windows.
 */
public final class CatalogWorkbench implements AutoCloseable {

    private final CatalogSession session;
    private final EventEditing editing;
    private final CatalogActions actions;
    private final CatalogBrowser browser;
    private final ProviderLookup providers;
    private final Consumer<String> messages;
    private Optional<Product> orbit = Optional.empty();

    public CatalogWorkbench(CatalogStore store, PlotStack plots, ProviderLookup providers, CatalogPreferences preferences,
            Consumer<String> messages) {
        this.providers = providers;
        this.messages = messages;
        session = new CatalogSession(store, messages);
        editing = new EventEditing(session, plots, providers, preferences, messages);
        actions = new CatalogActions(session, messages);
        browser = new CatalogBrowser(session, actions, preferences, messages, this::openStatistics);
        session.refresh();
    }

    /** Docks the browser below the window's panels and adds the Catalog menu. */
    public void install(MainWindow window) {
        window.dockBelowPanels(browser);
        window.addMenu(menu());
    }

    /** The Catalog menu, whose accelerators are the window's undo and redo keys. */
    public Menu menu() {
        MenuItem undo = item("Undo catalog edit", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), editing::undo);
        MenuItem redo = item("Redo catalog edit",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), editing::redo);
        MenuItem add = item("Add the range shown as an event (E on the panels)", null, editing::addRangeShown);
        MenuItem next = item("Next event (N on the panels)", null, editing::next);
        MenuItem previous = item("Previous event (P on the panels)", null, editing::previous);
        MenuItem statistics = item("Statistics of the active catalog", null,
                () -> Optional.ofNullable(session.activeProperty().get()).ifPresent(this::openStatistics));
        return new Menu("Catalog", null, undo, redo, add, next, previous, statistics);
    }

    public CatalogSession session() {
        return session;
    }

    public EventEditing editing() {
        return editing;
    }

    public CatalogActions actions() {
        return actions;
    }

    public CatalogBrowser browser() {
        return browser;
    }

    /** The orbit product the statistics view places events with, until the user types another. */
    public void setOrbit(Optional<Product> product) {
        orbit = product;
    }

    /** A window with the statistics of {@code catalog}'s events, read from the store first. */
    public void openStatistics(Catalog catalog) {
        session.perform("read the events of " + catalog.name(), store -> store.events(catalog), events -> {
            Stage stage = new Stage();
            stage.setTitle("Statistics of " + catalog.name());
            stage.setScene(new Scene(statistics(catalog, events), 1200, 760));
            Optional.ofNullable(browser.getScene()).map(Scene::getWindow).ifPresent(stage::initOwner);
            stage.show();
        });
    }

    /** The statistics view of {@code catalog}'s events; a point clicked selects its event here. */
    public StatisticsView statistics(Catalog catalog, java.util.List<org.heliodeck.catalog.Event> events) {
        return new StatisticsView(catalog, events, providers, orbit, event -> {
            session.activeProperty().set(catalog);
            session.selectedProperty().set(event);
            Optional.ofNullable(browser.getScene()).map(Scene::getWindow).ifPresent(Window::requestFocus);
        }, messages);
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    @Override
    public void close() {
        session.close();
    }
}
