package org.heliodeck.app.learn;

import javafx.scene.control.ListCell;
import org.heliodeck.catalog.Catalog;

/** A catalog shown by its name in the Learn panel's choosers. */
final class CatalogNameCell extends ListCell<Catalog> {

    @Override
    protected void updateItem(Catalog item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.name());
    }
}
