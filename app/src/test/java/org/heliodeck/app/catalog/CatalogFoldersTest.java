package org.heliodeck.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.predicate.PredicateParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The browser's tree of folders: a catalog moved with "Move to folder…" (its dialog answered) is
 * found under that folder, in the tree and in the store; dynamic catalogs stay marked.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogFoldersTest {

    @TempDir
    Path directory;

    private CatalogStore store;
    private CatalogSession session;
    private CatalogBrowser browser;
    private final List<String> messages = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        store = CatalogStore.open(directory.resolve("catalogs.sqlite"));
        store.createCatalog(Catalog.named("ICMEs", Instant.now()));
        store.createCatalog(Catalog.named("strong", Instant.now()).withFolder("Solar wind")
                .withPredicate(Optional.of(PredicateParser.parse("rating >= 7"))));
        session = new CatalogSession(store, messages::add);
        CatalogActions actions = new CatalogActions(session, messages::add);
        browser = new CatalogBrowser(session, actions, CatalogPreferences.defaults(), messages::add, c -> { });
        stage.setScene(new Scene(browser, 1100, 320));
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        session.close();
        store.close();
    }

    @Test
    void aCatalogMovedToAFolderIsFoundUnderIt(FxRobot robot) throws Exception {
        session.refresh().get(10, TimeUnit.SECONDS);
        @SuppressWarnings("unchecked")
        TreeView<CatalogTree.Row> tree = (TreeView<CatalogTree.Row>) fx(() -> browser.lookup("#catalog-tree"));
        assertThat(fx(() -> rows(tree.getRoot(), ""))).containsExactly("Solar wind/", "  strong ⚙", "ICMEs");

        Catalog icmes = store.requireCatalog("ICMEs");
        fx(() -> {
            session.activeProperty().set(icmes);
            return null;
        });
        robot.clickOn("Move to folder…");
        TextField answer = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        fx(() -> {
            answer.setText("Solar wind / ICME lists");
            return null;
        });
        robot.clickOn("OK");

        eventually(() -> store.requireCatalog("ICMEs").folder().equals("Solar wind/ICME lists"));
        eventually(() -> rows(tree.getRoot(), "").equals(List.of("Solar wind/", "  ICME lists/", "    ICMEs", "  strong ⚙")));
        assertThat(fx(() -> ((CatalogTree.Entry) tree.getSelectionModel().getSelectedItem().getValue()).catalog().name()))
                .isEqualTo("ICMEs");
        assertThat(messages).contains("Catalog ICMEs moved to Solar wind/ICME lists");
        assertThat(store.undo()).hasValue("move catalog ICMEs to Solar wind/ICME lists");
        assertThat(store.requireCatalog("ICMEs").folder()).isEmpty();
    }

    /** The tree's rows as shown: folders ending in '/', dynamic catalogs marked ⚙, indented by level. */
    private static List<String> rows(TreeItem<CatalogTree.Row> item, String indent) {
        List<String> rows = new ArrayList<>();
        for (TreeItem<CatalogTree.Row> child : item.getChildren()) {
            switch (child.getValue()) {
                case CatalogTree.Folder f -> {
                    rows.add(indent + f.name() + "/");
                    rows.addAll(rows(child, indent + "  "));
                }
                case CatalogTree.Entry e -> rows.add(indent + e.catalog().name() + (e.catalog().dynamic() ? " ⚙" : ""));
            }
        }
        return rows;
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Platform.runLater(future);
        return future.get(10, TimeUnit.SECONDS);
    }

    private static void eventually(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
    }

}
