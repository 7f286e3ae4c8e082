package org.heliodeck.app;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.TransferMode;

/**
 * How a product travels by drag and drop: its {@link Product} text under {@link #PRODUCT}, which a
 * drop target accepts, and as plain text, so it can be dropped into a text editor or a terminal.
 */
public final class ProductDrag {

    /**
     * The one format a product is dragged as; JavaFX allows a MIME type to be registered once per
     * JVM, so every drop target refers to this constant.
     */
    public static final DataFormat PRODUCT = new DataFormat("application/x-heliodeck-product");

    private ProductDrag() {}

    /** Starts dragging {@code product} from {@code source}; call from a DRAG_DETECTED handler. */
    public static void start(Node source, Product product) {
        source.startDragAndDrop(TransferMode.COPY).setContent(content(product));
    }

    /** What a drag of {@code product} carries. */
    public static ClipboardContent content(Product product) {
        ClipboardContent content = new ClipboardContent();
        content.put(PRODUCT, product.toString());
        content.putString(product.toString());
        return content;
    }

    /** The product a drag carries, if it carries one in {@link #PRODUCT}. */
    public static Optional<Product> carried(Clipboard board) {
        if (!board.hasContent(PRODUCT) || !(board.getContent(PRODUCT) instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Product.parse(text));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
