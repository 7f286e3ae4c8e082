package org.heliodeck.app;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window, where plots go: accepts products dropped on it (see {@link ProductDrag})
 * and lists them in {@link #products()}. Until something is put there with {@link #setContent}, it
 * says what to do.
 */
public final class PanelArea extends StackPane {

    /** Shown while a product is dragged over the area, so the user sees it will be taken. */
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final Label hint = new Label("Drop a product here to plot it");

    public PanelArea() {
        getStyleClass().add("panel-area");
        setId("panel-area");
        hint.getStyleClass().add("drop-hint");
        getChildren().add(hint);
        setOnDragOver(this::dragOver);
        setOnDragEntered(e -> pseudoClassStateChanged(DROP_TARGET, ProductDrag.carried(e.getDragboard()).isPresent()));
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(this::dropped);
    }

    /** The products dropped here, oldest first; the plot stack listens to it. */
    public ObservableList<Product> products() {
        return products;
    }

    /** Shows {@code content} (the plot panels) instead of the drop hint; drops are still accepted over it. */
    public void setContent(Node content) {
        getChildren().setAll(content);
    }

    private void dragOver(DragEvent e) {
        if (e.getGestureSource() != this && ProductDrag.carried(e.getDragboard()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Optional<Product> product = ProductDrag.carried(e.getDragboard());
        product.ifPresent(products::add);
        e.setDropCompleted(product.isPresent());
        e.consume();
    }
}
