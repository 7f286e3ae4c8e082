package org.heliodeck.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The application's window content: the time bar on top, the product browser beside the panel area,
 * the status bar below, a menu with the keyboard shortcuts.
 */
public final class MainWindow extends BorderPane {

    private final ProductBrowser browser;
    private final TimeRangeBar timeBar;
    private final StatusBar statusBar = new StatusBar();
    private final PanelArea panelArea = new PanelArea();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final Menu fileMenu = new Menu("File");
    private final MenuBar menuBar;
    private final SplitPane right = new SplitPane();

    /** @param quit what Ctrl+Q and File → Quit do (closing the stage, or exiting the platform) */
    public MainWindow(ProductBrowser browser, TimeRangeBar timeBar, Runnable quit) {
        this.browser = browser;
        this.timeBar = timeBar;
        getStyleClass().add("main-window");

        right.setOrientation(Orientation.VERTICAL);
        right.getItems().add(panelArea);
        SplitPane split = new SplitPane(browser, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(browser, false);

        menuBar = menus(quit);
        setTop(new VBox(menuBar, timeBar));
        setCenter(split);
        setBottom(statusBar);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                applyTheme(scene, theme.get());
            }
        });
        theme.addListener((obs, old, now) -> {
            if (getScene() != null) {
                applyTheme(getScene(), now);
            }
        });
    }

    public ProductBrowser browser() {
        return browser;
    }

    public TimeRangeBar timeBar() {
        return timeBar;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    /** Where the plot panels go: {@code panelArea().setContent(stack)}; dropped products are in {@code products()}. */
    public PanelArea panelArea() {
        return panelArea;
    }

    /** The File menu, for items made elsewhere (the workspace's: {@code WorkspaceMenu.install(fileMenu())}). */
    public Menu fileMenu() {
        return fileMenu;
    }

    /** Puts {@code pane} below the panel area (the catalog browser), the panels keeping most of the height. */
    public void dockBelowPanels(Node pane) {
        right.getItems().add(pane);
        right.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(pane, false);
    }

    /** Adds a menu to the menu bar, before View. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, menu);
    }

    /** The theme in force; setting it restyles the window at once. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private MenuBar menus(Runnable quit) {
        MenuItem find = item("Find product", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                browser::focusSearch);
        MenuItem exit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        MenuItem back = item("Previous range", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), timeBar::back);
        MenuItem forward = item("Next range", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), timeBar::forward);
        MenuItem switchTheme = item("Switch light/dark theme",
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> theme.set(theme.get().other()));
        switchTheme.setId("switch-theme");
        fileMenu.getItems().setAll(find, exit);
        return new MenuBar(
                fileMenu,
                new Menu("Time", null, back, forward),
                new Menu("View", null, switchTheme));
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(Theme.base(), theme.stylesheet());
    }
}
