package org.heliodeck.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.LiveInventory;
import org.heliodeck.data.inventory.SearchHit;

/**
 * Finds products: a search field answering as the user types (ranked hits), the inventory tree, and
 * a line describing the selected node. Parameters are dragged from either onto a plot.
 */
public final class ProductBrowser extends VBox implements AutoCloseable {

    private static final int HITS = 50;
    /** Long enough to skip the words typed in a burst, short enough to feel immediate. */
    private static final Duration TYPING_PAUSE = Duration.millis(150);

    private final TextField query = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();
    private final TreeView<InventoryNode> tree = new TreeView<>();
    private final Label details = new Label();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private final BackgroundSearch search = new BackgroundSearch();
    private final ReadOnlyObjectWrapper<InventoryNode> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Set<String> local;
    private InventoryView view;
    /** The text the hits shown answer: the field may already hold more. */
    private String answered = "";

    /**
     * Shows {@code inventory}'s current index; {@link #follow} swaps in refreshed ones. Hits among
     * the {@code local} providers (the registered archives) are listed first.
     */
    public ProductBrowser(LiveInventory inventory, Set<String> local) {
        this.local = Set.copyOf(local);
        getStyleClass().add("product-browser");
        query.setPromptText("Search products (Ctrl+F; Enter shows the best in the tree)");
        query.setId("product-search");
        hits.setId("product-hits");
        tree.setId("product-tree");
        details.setId("product-details");
        details.setWrapText(true);
        // Its whole text, wrapped: the tree above gives way, not the description.
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("details");
        tree.setShowRoot(false);
        hits.setPlaceholder(new Label("Type to search the inventory"));
        hits.setCellFactory(list -> new HitCell());
        tree.setCellFactory(t -> new NodeCell());

        typing.setOnFinished(e -> runSearch());
        query.setOnAction(e -> showFirstHit());
        hits.setOnMouseClicked(e -> {
            SearchHit hit = hits.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && hit != null) {
                reveal(hit.node());
            }
        });
        query.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        hits.getSelectionModel().selectedItemProperty().addListener((obs, old, hit) -> {
            if (hit != null) {
                selected.set(hit.node());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                selected.set(item.getValue());
            }
        });
        selected.addListener((obs, old, node) -> details.setText(node == null ? "" : NodeDescription.details(node)));

        VBox.setVgrow(hits, Priority.SOMETIMES);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(query, hits, tree, details);
        show(InventoryView.of(inventory.index()));
    }

    /** When {@code refresh} (a {@link LiveInventory#refresh}) completes, shows the new index; a failure goes on the details line. */
    public void follow(String provider, CompletableFuture<InventoryIndex> refresh) {
        refresh.thenApply(InventoryView::of).whenComplete((fresh, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                details.setText("could not refresh " + provider + "'s inventory: " + cause.getMessage());
            } else {
                show(fresh);
            }
        }));
    }

    /** Moves the keyboard focus to the search field, its text selected for typing over. */
    public void focusSearch() {
        query.requestFocus();
        query.selectAll();
    }

    /** Types {@code text} into the search field, as the user would. */
    public void search(String text) {
        query.setText(text);
    }

    /** The node last selected in the hits or the tree. */
    public ReadOnlyObjectProperty<InventoryNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Expands the tree down to {@code node} and selects it there; false when the tree lacks it. */
    public boolean reveal(InventoryNode node) {
        Deque<InventoryNode> chain = new ArrayDeque<>();
        for (InventoryNode at = node; at != null; at = view.tree().parent(at).orElse(null)) {
            chain.push(at);
        }
        List<TreeItem<InventoryNode>> level = tree.getRoot().getChildren();
        TreeItem<InventoryNode> item = null;
        while (!chain.isEmpty()) {
            InventoryNode wanted = chain.pop();
            item = level.stream().filter(i -> i.getValue().equals(wanted)).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            if (!chain.isEmpty()) {
                item.setExpanded(true);
                level = item.getChildren();
            }
        }
        tree.getSelectionModel().select(item);
        // A few rows above it stay in sight, to show where it is.
        tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        return true;
    }

    private void show(InventoryView fresh) {
        view = fresh;
        TreeItem<InventoryNode> root = new TreeItem<>();
        fresh.tree().providers().forEach(p -> root.getChildren().add(new InventoryTreeItem(fresh.tree(), p)));
        tree.setRoot(root);
        runSearch();
    }

    private void runSearch() {
        String text = query.getText();
        if (text == null || text.isBlank()) {
            hits.getItems().clear();
            answered = "";
            return;
        }
        search.search(view.index(), text, local, HITS, found -> {
            answered = text;
            hits.getItems().setAll(found);
            if (!found.isEmpty()) {
                hits.scrollTo(0);
            }
        }, details::setText);
    }

    /** Selects the best hit and shows it in the tree (Enter in the search field). */
    void showFirstHit() {
        if (!hits.getItems().isEmpty()) {
            hits.getSelectionModel().selectFirst();
            reveal(hits.getItems().getFirst().node());
        }
    }

    /** The text the hits listed answer. */
    String answeredQuery() {
        return answered;
    }

    /** The product dragging {@code node} carries: parameters only. */
    Optional<Product> productOf(InventoryNode node) {
        return view.tree().product(node);
    }

    /** Starts dragging the node's product, when it is a parameter. */
    private void dragFrom(javafx.scene.Node cell, InventoryNode node) {
        if (node != null) {
            productOf(node).ifPresent(product -> ProductDrag.start(cell, product));
        }
    }

    @Override
    public void close() {
        typing.stop();
        search.close();
    }

    private final class HitCell extends ListCell<SearchHit> {
        HitCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    dragFrom(this, getItem().node());
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(empty || hit == null ? null : NodeDescription.title(hit.node()) + "  —  " + NodeDescription.place(hit.node()));
        }
    }

    private final class NodeCell extends TreeCell<InventoryNode> {
        NodeCell() {
            setOnDragDetected(e -> {
                dragFrom(this, getItem());
                e.consume();
            });
        }

        @Override
        protected void updateItem(InventoryNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : NodeDescription.title(node));
        }
    }
}
