package org.heliodeck.app.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import org.heliodeck.catalog.Catalog;

/**
 * The catalogs as the browser's tree: a folder item for each folder named in a catalog's path, its
 * subfolders first and then its catalogs, each group by name.
 */
final class CatalogTree {

    /** A row of the tree. */
    sealed interface Row {}

    /** @param path the folder's names from the outermost, joined by '/' */
    record Folder(String path, String name) implements Row {}

    record Entry(Catalog catalog) implements Row {}

    private static final Comparator<TreeItem<Row>> ORDER = Comparator.<TreeItem<Row>>comparingInt(i -> i.getValue() instanceof Folder ? 0 : 1)
            .thenComparing(i -> switch (i.getValue()) {
                case Folder f -> f.name();
                case Entry e -> e.catalog().name();
            });

    private CatalogTree() {}

    /**
     * The tree's (hidden) root.
     *
     * @param collapsed the paths of the folders to show closed; the others are open
     */
    static TreeItem<Row> of(List<Catalog> catalogs, Set<String> collapsed) {
        TreeItem<Row> root = new TreeItem<>(new Folder("", ""));
        Map<String, TreeItem<Row>> folders = new HashMap<>();
        folders.put("", root);
        for (Catalog c : catalogs) {
            folder(c.folders(), folders, collapsed).getChildren().add(new TreeItem<>(new Entry(c)));
        }
        folders.values().forEach(f -> f.getChildren().sort(ORDER));
        root.setExpanded(true);
        return root;
    }

    /** The item of a catalog, wherever it is in the tree. */
    static Optional<TreeItem<Row>> find(TreeItem<Row> item, UUID catalog) {
        if (item.getValue() instanceof Entry e && e.catalog().uuid().equals(catalog)) {
            return Optional.of(item);
        }
        for (TreeItem<Row> child : item.getChildren()) {
            Optional<TreeItem<Row>> found = find(child, catalog);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static TreeItem<Row> folder(List<String> names, Map<String, TreeItem<Row>> folders, Set<String> collapsed) {
        TreeItem<Row> parent = folders.get("");
        String path = "";
        for (String name : names) {
            path = path.isEmpty() ? name : path + "/" + name;
            TreeItem<Row> item = folders.get(path);
            if (item == null) {
                item = new TreeItem<>(new Folder(path, name));
                item.setExpanded(!collapsed.contains(path));
                parent.getChildren().add(item);
                folders.put(path, item);
            }
            parent = item;
        }
        return parent;
    }
}
