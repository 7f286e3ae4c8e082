package org.heliodeck.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.heliodeck.app.Theme;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's workspace items: their order and shortcuts, and opening, saving and exporting through them. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceMenuTest {

    @TempDir
    static Path dir;

    private final AtomicReference<Workspace> shown = new AtomicReference<>(WorkspaceFileTest.STORM);
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Menu file = new Menu("File", null, new MenuItem("Quit"));
    private RecentWorkspaces recent;
    private WorkspaceMenu menu;

    @Start
    void start(Stage stage) {
        recent = new RecentWorkspaces(dir.resolve("config-" + System.nanoTime()).resolve(RecentWorkspaces.FILE_NAME));
        WorkspaceHolder holder = new WorkspaceHolder() {
            @Override
            public Workspace current() {
                return shown.get();
            }

            @Override
            public void apply(Workspace workspace) {
                shown.set(workspace);
            }
        };
        menu = new WorkspaceMenu(holder, Optional::empty, recent, () -> stage, messages::add);
        menu.install(file);
        stage.setScene(new Scene(new BorderPane(null, new MenuBar(file), null, null, null), 400, 300));
        stage.show();
    }

    @Test
    void theFileMenuHasTheItemsWithTheirShortcuts() {
        List<MenuItem> items = file.getItems();

        assertThat(items).extracting(MenuItem::getText).containsExactly(
                "Open workspace…", "Open recent", "Save workspace", "Save workspace as…", "Export figure…", null, "Quit");
        assertThat(items.get(5)).isInstanceOf(SeparatorMenuItem.class);
        assertThat(items.get(1)).isInstanceOf(Menu.class);
        assertThat(items).extracting(item -> item.getAccelerator() == null ? "" : item.getAccelerator().getName())
                .containsExactly("Shortcut+O", "", "Shortcut+S", "Shift+Shortcut+S", "Shortcut+E", "", "");
    }

    @Test
    void aSavedWorkspaceOpensAgainAndIsListedAsRecent(FxRobot robot) throws Exception {
        Path saved = dir.resolve("saved" + WorkspaceFile.EXTENSION);
        robot.interact(() -> menu.save(saved));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> messages.contains("Saved workspace to " + saved));
        Workspace other = new Workspace(TimeRange.of("2020-01-01", "2020-01-02"), Theme.LIGHT, List.of());
        shown.set(other);

        robot.interact(() -> menu.open(saved));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.get() != other);

        assertThat(shown.get()).isEqualTo(WorkspaceFileTest.STORM);
        Menu openRecent = (Menu) file.getItems().get(1);
        robot.interact(() -> openRecent.getOnShowing().handle(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !openRecent.getItems().getFirst().isDisable());
        assertThat(openRecent.getItems()).singleElement().extracting(MenuItem::getText)
                .isEqualTo(saved.getFileName() + " — " + dir);
    }

    @Test
    void aFileThatCannotBeReadIsReportedByName(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");

        robot.interact(() -> menu.open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !messages.isEmpty());

        assertThat(messages).singleElement().asString().startsWith("Cannot open workspace: " + broken).contains("not JSON");
        assertThat(shown.get()).isEqualTo(WorkspaceFileTest.STORM);
    }

    @Test
    void exportingNothingSaysWhy(FxRobot robot) {
        robot.interact(() -> menu.export(dir.resolve("none.png")));

        assertThat(messages).containsExactly("Nothing to export: drop a product on the panel area first");
    }
}
