package org.heliodeck.app.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's workspace and export items: Open workspace… (Ctrl+O), Open recent ▸, Save
 * workspace (Ctrl+S), Save as… (Ctrl+Shift+S), Export figure… (Ctrl+E). The dialogs are here;
 * reading, writing and exporting are in {@link WorkspaceFile}, {@link RecentWorkspaces} and
 * {@link FigureExport}, run on a background thread so that the window never waits on the disk.
 * What the user should know (saved, exported, a file that cannot be read, fields skipped) goes to
 * {@code messages}, on the JavaFX application thread.
 */
public final class WorkspaceMenu {

    private static final FileChooser.ExtensionFilter WORKSPACES =
            new FileChooser.ExtensionFilter("Heliodeck workspace", "*" + WorkspaceFile.EXTENSION, "*.json");

    private final WorkspaceHolder holder;
    private final FigureSource figures;
    private final RecentWorkspaces recent;
    private final Consumer<String> messages;
    private final Supplier<Window> owner;
    // One thread, so that two saves of the same file are written in the order they were asked for.
    private final Executor files = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("workspace-files").factory());
    private final Menu openRecent = new Menu("Open recent");
    private final List<MenuItem> items;
    /** The file the workspace was last opened from or saved to, where Save writes; none before. */
    private Path currentFile;

    /**
     * @param owner the window the dialogs belong to
     * @param messages shows a line to the user (a status bar, a notification)
     */
    public WorkspaceMenu(WorkspaceHolder holder, FigureSource figures, RecentWorkspaces recent, Supplier<Window> owner,
            Consumer<String> messages) {
        this.holder = holder;
        this.figures = figures;
        this.recent = recent;
        this.owner = owner;
        this.messages = messages;
        openRecent.setId("open-recent");
        openRecent.getItems().setAll(noRecent());
        openRecent.setOnShowing(e -> refreshRecent());
        items = List.of(
                item("Open workspace…", "open-workspace", shortcut(KeyCode.O), this::open),
                openRecent,
                item("Save workspace", "save-workspace", shortcut(KeyCode.S), this::save),
                item("Save workspace as…", "save-workspace-as",
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::saveAs),
                item("Export figure…", "export-figure", shortcut(KeyCode.E), this::export));
    }

    /** Puts the items at the top of {@code file}, above a separator, and refreshes Open recent whenever it opens. */
    public void install(Menu file) {
        file.getItems().addAll(0, items);
        file.getItems().add(items.size(), new SeparatorMenuItem());
        // Before the submenu can be shown, so that it rarely opens with a stale list.
        file.addEventHandler(Menu.ON_SHOWING, e -> refreshRecent());
    }

    /** The items in menu order (the same instances {@link #install} adds). */
    public List<MenuItem> items() {
        return items;
    }

    /** Opens {@code file} in the background and applies it to the holder. */
    public void open(Path file) {
        inBackground(() -> {
            LoadedWorkspace loaded = WorkspaceFile.read(file);
            recent.add(file);
            return loaded;
        }, file, "Cannot open workspace", loaded -> {
            holder.apply(loaded.workspace());
            currentFile = file;
            loaded.warnings().forEach(messages);
            messages.accept("Opened workspace " + file);
        });
    }

    /** Saves what is shown to {@code file} in the background; Save writes there from then on. */
    public void save(Path file) {
        Workspace workspace = holder.current();
        inBackground(() -> {
            WorkspaceFile.write(file, workspace);
            recent.add(file);
            return file;
        }, file, "Cannot save workspace", saved -> {
            currentFile = saved;
            messages.accept("Saved workspace to " + saved);
        });
    }

    /** Exports the figure shown to {@code file} in the background, in the format of its extension. */
    public void export(Path file) {
        export(figures, file);
    }

    /** Exports what {@code source} shows (the window's figure, or one panel's) to {@code file} in the background. */
    public void export(FigureSource source, Path file) {
        Optional<SizedFigure> shown = source.figure();
        if (shown.isEmpty()) {
            messages.accept("Nothing to export: drop a product on the panel area first");
            return;
        }
        SizedFigure sized = shown.get();
        inBackground(() -> {
            FigureExport.write(file, sized.figure(), sized.width(), sized.height(), FigureExport.DEFAULT_PNG_SCALE);
            return file;
        }, file, "Cannot export figure", exported -> messages.accept("Exported figure to " + exported));
    }

    private void open() {
        FileChooser chooser = chooser("Open workspace", WORKSPACES);
        Optional.ofNullable(chooser.showOpenDialog(owner.get())).ifPresent(chosen -> open(chosen.toPath()));
    }

    private void save() {
        if (currentFile == null) {
            saveAs();
        } else {
            save(currentFile);
        }
    }

    private void saveAs() {
        FileChooser chooser = chooser("Save workspace", WORKSPACES);
        chooser.setInitialFileName(currentFile == null ? "workspace" + WorkspaceFile.EXTENSION : currentFile.getFileName().toString());
        Optional.ofNullable(chooser.showSaveDialog(owner.get()))
                .ifPresent(chosen -> save(withExtension(chosen.toPath(), WorkspaceFile.EXTENSION, ".json")));
    }

    private void export() {
        chooseAndExport(figures);
    }

    /** Asks where to export what {@code source} shows, then exports it (e.g. one panel, from its menu). */
    public void chooseAndExport(FigureSource source) {
        FileChooser chooser = chooser("Export figure",
                new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"),
                new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        chooser.setInitialFileName("figure.png");
        Optional.ofNullable(chooser.showSaveDialog(owner.get())).ifPresent(chosen -> {
            // Some platforms' dialogs do not add the chosen filter's extension: add it, the format follows it.
            String filter = chooser.getSelectedExtensionFilter() == null ? "*.png"
                    : chooser.getSelectedExtensionFilter().getExtensions().getFirst();
            String extension = filter.substring(1);
            export(source, withExtension(chosen.toPath(), extension, ".png", ".svg", ".pdf"));
        });
    }

    private void refreshRecent() {
        inBackground(recent::list, recent.file(), "Cannot read the recent workspaces", this::showRecent);
    }

    private void showRecent(List<Path> paths) {
        if (paths.isEmpty()) {
            openRecent.getItems().setAll(noRecent());
            return;
        }
        openRecent.getItems().setAll(paths.stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + " — " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(path));
            return item;
        }).toList());
    }

    private static MenuItem noRecent() {
        MenuItem none = new MenuItem("No recent workspaces");
        none.setDisable(true);
        return none;
    }

    private static FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        return chooser;
    }

    /** {@code file}, or {@code file} with {@code extension} added when its name ends in none of {@code accepted}. */
    static Path withExtension(Path file, String extension, String... accepted) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ending : accepted) {
            if (name.endsWith(ending)) {
                return file;
            }
        }
        return file.resolveSibling(file.getFileName() + extension);
    }

    /** Why {@code failed}, in words that name {@code file}. */
    private static String reason(Path file, Throwable failed) {
        Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        if (cause instanceof UncheckedIOException io) {
            cause = io.getCause();
        }
        return switch (cause) {
            case NoSuchFileException _ -> file + ": no such file";
            case AccessDeniedException _ -> file + ": permission denied";
            // A DataFormatException and FigureFormat's message name the file already.
            case Throwable other when other.getMessage() != null && other.getMessage().contains(file.toString()) -> other.getMessage();
            case Throwable other -> file + ": " + (other.getMessage() == null ? other.getClass().getSimpleName() : other.getMessage());
        };
    }

    private static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** Work that throws IOException, for the background thread. */
    private interface IoWork<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} on the files thread, then {@code done} with its result, or says why it failed, on the JavaFX thread. */
    private <T> void inBackground(IoWork<T> work, Path file, String cannot, Consumer<T> done) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, files).whenComplete((result, failed) -> Platform.runLater(() -> {
            if (failed == null) {
                done.accept(result);
            } else {
                messages.accept(cannot + ": " + reason(file, failed));
            }
        }));
    }
}
