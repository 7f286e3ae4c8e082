package org.heliodeck.app;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.heliodeck.data.InventoryNode;

/**
 * A tree item whose children are made when it is first expanded: a TreeView over the whole
 * inventory at once would make tens of thousands of items nobody looks at.
 */
final class InventoryTreeItem extends TreeItem<InventoryNode> {

    private final InventoryTree tree;
    private boolean childrenMade;

    InventoryTreeItem(InventoryTree tree, InventoryNode node) {
        super(node);
        this.tree = tree;
    }

    @Override
    public boolean isLeaf() {
        return tree.children(getValue()).isEmpty();
    }

    @Override
    public ObservableList<TreeItem<InventoryNode>> getChildren() {
        if (!childrenMade) {
            childrenMade = true;
            super.getChildren().setAll(tree.children(getValue()).stream()
                    .map(child -> (TreeItem<InventoryNode>) new InventoryTreeItem(tree, child))
                    .toList());
        }
        return super.getChildren();
    }
}
