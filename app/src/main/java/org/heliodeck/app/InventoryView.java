package org.heliodeck.app;

import org.heliodeck.data.inventory.InventoryIndex;

/** One inventory as the browser shows it: the index searched and the tree drawn from the same nodes. */
record InventoryView(InventoryIndex index, InventoryTree tree) {

    /** Builds the tree of the index's nodes; off the FX thread for large inventories. */
    static InventoryView of(InventoryIndex index) {
        return new InventoryView(index, new InventoryTree(index.nodes()));
    }
}
