package org.heliodeck.app.catalog;

import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogFiles;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.predicate.PredicateText;
import org.heliodeck.core.time.IsoTimeFormat;

/**
 * The catalog browser, below the panels: the catalogs in a tree of their folders (a box to show each
 * one's zones, its colour, dynamic ones marked ⚙; the one selected is active), the active catalog's
 * events, the selected event's details, and buttons to make, clone, merge, extend, move to a folder,
 * import and export catalogs and open the statistics. The dialogs only ask; {@link CatalogActions}
 * does the work.
 */
public final class CatalogBrowser extends BorderPane {

    private static final IsoTimeFormat TIME = new IsoTimeFormat(3, false);

    private final CatalogSession session;
    private final TreeView<CatalogTree.Row> tree = new TreeView<>();
    /** The folders the user has closed, kept closed when the tree is refilled. */
    private final Set<String> collapsed = new HashSet<>();
    private final EventTable events;
    private final TextArea details = new TextArea();
    /** While the tree is refilled from the store: its selection moving then is not the user choosing a catalog. */
    private boolean refilling;

    /** @param statistics opens the statistics view of a catalog */
    public CatalogBrowser(CatalogSession session, CatalogActions actions, CatalogPreferences preferences,
            Consumer<String> messages, Consumer<Catalog> statistics) {
        this.session = session;
        this.events = new EventTable(session, messages);
        getStyleClass().add("catalog-browser");
        setId("catalog-browser");

        tree.setId("catalog-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new CatalogCell());
        tree.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() instanceof CatalogTree.Entry e && !refilling) {
                session.activeProperty().set(e.catalog());
            }
        });
        session.onChange(() -> {
            refilling = true;
            tree.setRoot(CatalogTree.of(session.catalogs(), collapsed));
            watchFolders(tree.getRoot());
            select(session.activeProperty().get());
            refilling = false;
        });
        session.activeProperty().addListener((obs, old, now) -> select(now));
        details.setEditable(false);
        details.setWrapText(true);
        details.setId("event-details");
        session.selectedProperty().addListener((obs, old, now) -> details.setText(now == null ? "" : describe(now)));

        Button create = button("New…", () -> ask("New catalog", "Name").ifPresent(n -> actions.create(n, preferences.author())));
        Button copy = button("Clone…", () -> active().ifPresent(c -> ask("Clone " + c.name(), "Name of the copy")
                .ifPresent(n -> actions.cloneAs(c, n))));
        Button merge = button("Merge…", () -> active().ifPresent(c -> other("Merge " + c.name() + " with", c)
                .ifPresent(o -> ask("Merge " + c.name() + " and " + o.name(), "Name of the merged catalog")
                        .ifPresent(n -> actions.merge(List.of(c, o), n)))));
        Button extend = button("Extend…", () -> active().ifPresent(c -> other("Add to " + c.name() + " the events of", c)
                .ifPresent(o -> actions.extend(c, o))));
        Button dynamic = button("Dynamic…", () -> ask("New dynamic catalog", "Filter, e.g. rating >= 7 and duration > 6 h")
                .ifPresent(p -> ask("New dynamic catalog: " + p, "Name").ifPresent(n -> actions.dynamic(n, p, preferences.author()))));
        Button move = button("Move to folder…", () -> active().ifPresent(c -> ask("Move " + c.name() + " to a folder",
                "Folder, names joined by '/' ('/' for the top)", c.folder().isEmpty() ? "" : c.folder()).ifPresent(f -> actions.move(c, f))));
        Button load = button("Import…", () -> Optional.ofNullable(chooser("Import a catalog file").showOpenDialog(getScene().getWindow()))
                .ifPresent(f -> actions.importFile(f.toPath())));
        Button save = button("Export…", () -> active().ifPresent(c -> Optional.ofNullable(chooser("Export " + c.name())
                .showSaveDialog(getScene().getWindow())).ifPresent(f -> actions.export(c, f.toPath()))));
        Button stats = button("Statistics", () -> active().ifPresent(statistics));
        ToolBar tools = new ToolBar(create, copy, merge, extend, dynamic, move, load, save, stats);

        VBox left = new VBox(4, new Label("Catalogs"), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, events, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24, 0.85);
        setTop(tools);
        setCenter(split);
        setPadding(new Insets(2));
    }

    /** The events table (tests edit its cells). */
    EventTable events() {
        return events;
    }

    private Optional<Catalog> active() {
        return Optional.ofNullable(session.activeProperty().get());
    }

    /** Selects a catalog's item, opening the folders above it. */
    private void select(Catalog catalog) {
        if (catalog == null || tree.getRoot() == null) {
            return;
        }
        TreeItem<CatalogTree.Row> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() instanceof CatalogTree.Entry e && e.catalog().equals(catalog)) {
            return;
        }
        CatalogTree.find(tree.getRoot(), catalog.uuid()).ifPresent(item -> {
            for (TreeItem<CatalogTree.Row> up = item.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
        });
    }

    private void watchFolders(TreeItem<CatalogTree.Row> item) {
        if (item.getValue() instanceof CatalogTree.Folder f && !f.path().isEmpty()) {
            item.expandedProperty().addListener((obs, was, open) -> {
                if (open) {
                    collapsed.remove(f.path());
                } else {
                    collapsed.add(f.path());
                }
            });
        }
        item.getChildren().forEach(this::watchFolders);
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<String> ask(String title, String prompt) {
        return ask(title, prompt, "");
    }

    private Optional<String> ask(String title, String prompt, String answer) {
        TextInputDialog dialog = new TextInputDialog(answer);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.initOwner(getScene().getWindow());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Optional<Catalog> other(String title, Catalog not) {
        List<Catalog> others = session.catalogs().stream().filter(c -> !c.uuid().equals(not.uuid())).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Catalog> dialog = new ChoiceDialog<>(others.getFirst(), others);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.initOwner(getScene().getWindow());
        return dialog.showAndWait();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title + " (" + CatalogFiles.names() + ")");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Catalog files", "*.xml", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        chooser.setInitialDirectory(new File(System.getProperty("user.home")));
        return chooser;
    }

    private static String describe(Event e) {
        return "start     " + TIME.format(e.start()) + "\nstop      " + TIME.format(e.stop())
                + "\nauthor    " + e.author()
                + "\ntags      " + String.join(", ", e.tags())
                + "\nrating    " + (e.rating().isPresent() ? e.rating().getAsInt() : "none")
                + "\nproducts  " + String.join("\n          ", e.products())
                + "\nattributes " + e.attributes().entrySet().stream().map(a -> a.getKey() + " = " + a.getValue())
                        .collect(Collectors.joining("\n           "))
                + "\ncreated   " + e.created() + "\nmodified  " + e.modified() + "\nuuid      " + e.uuid();
    }

    /**
     * A folder, or a catalog: its visibility box, colour, name, and ⚙ with the predicate for a dynamic
     * one (the catalogs it refers to by name).
     */
    private final class CatalogCell extends TreeCell<CatalogTree.Row> {
        @Override
        protected void updateItem(CatalogTree.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("catalog-folder");
            setText(null);
            setGraphic(null);
            switch (row) {
                case null -> {
                    // An empty row.
                }
                case CatalogTree.Folder f -> {
                    getStyleClass().add("catalog-folder");
                    setText(f.name() + "/");
                }
                case CatalogTree.Entry e -> setGraphic(entry(e.catalog()));
            }
        }

        private HBox entry(Catalog c) {
            CheckBox shown = new CheckBox();
            shown.setSelected(session.isVisible(c.uuid()));
            shown.selectedProperty().addListener((obs, was, now) -> session.setVisible(c.uuid(), now));
            Rectangle swatch = new Rectangle(12, 12, session.colour(c.uuid()));
            Label name = new Label(c.name() + c.predicate().map(p -> "  ⚙ " + PredicateText.write(p, uuid -> session.catalogs().stream()
                    .filter(o -> o.uuid().equals(uuid)).map(Catalog::name).findFirst())).orElse(""));
            name.setTooltip(new javafx.scene.control.Tooltip(name.getText())); // a long rule does not fit the column
            HBox row = new HBox(6, shown, swatch, name);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            return row;
        }
    }
}
