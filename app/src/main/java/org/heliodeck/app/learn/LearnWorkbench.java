package org.heliodeck.app.learn;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.heliodeck.app.MainWindow;
import org.heliodeck.app.catalog.CatalogPreferences;
import org.heliodeck.app.catalog.CatalogSession;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.data.DataAccess;

/**
 * Learning in the window: a Learn menu whose item (Ctrl+L) opens the {@link LearnPane} in a window
 * of its own beside the main one, so that the panels keep their height while suggestions are
 * reviewed. The pane lives as long as the application: closing its window keeps the model and the
 * suggestions for the next opening.
 */
public final class LearnWorkbench implements AutoCloseable {

    private final LearnPane pane;
    private Stage stage;

    public LearnWorkbench(CatalogSession session, PlotStack stack, ProviderLookup providers, DataAccess access,
            CatalogPreferences preferences, Consumer<String> messages) {
        pane = new LearnPane(session, stack, providers, access, preferences, messages);
    }

    /** Adds the Learn menu to the window. */
    public void install(MainWindow window) {
        MenuItem open = new MenuItem("Learn from a catalog…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> open(window));
        window.addMenu(new Menu("Learn", null, open));
    }

    /** Shows the Learn window, filled in from what the main window shows when it is first opened. */
    public void open(MainWindow window) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Learn — Heliodeck");
            Scene scene = new Scene(pane, 720, 860);
            // The main window's look: its theme's style sheets, kept in step when the theme changes.
            scene.getStylesheets().setAll(window.getScene().getStylesheets());
            window.getScene().getStylesheets().addListener(
                    (ListChangeListener<String>) c -> scene.getStylesheets().setAll(window.getScene().getStylesheets()));
            stage.setScene(scene);
            stage.initOwner(window.getScene().getWindow());
            pane.fillFromWindow();
        }
        stage.show();
        stage.toFront();
    }

    @Override
    public void close() {
        pane.close();
    }
}
