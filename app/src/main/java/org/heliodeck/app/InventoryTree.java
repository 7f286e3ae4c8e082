package org.heliodeck.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;

/**
 * The inventory's nodes as a tree, provider → … → dataset → parameter, from their paths. Immutable;
 * built off the FX thread (tens of thousands of nodes) and swapped in whole with its index.
 */
final class InventoryTree {

    private final List<InventoryNode> providers = new ArrayList<>();
    private final Map<String, InventoryNode> byPath = new LinkedHashMap<>();
    private final Map<String, List<InventoryNode>> children = new LinkedHashMap<>();

    InventoryTree(List<InventoryNode> nodes) {
        for (InventoryNode node : nodes) {
            if (node.path().isEmpty()) {
                providerNode(node.provider(), node);
            } else {
                byPath.putIfAbsent(key(node.provider(), node.path()), node);
            }
        }
        for (InventoryNode node : List.copyOf(byPath.values())) {
            if (!node.path().isEmpty()) {
                attach(node);
            }
        }
        // The inventory's order of providers is the order they were refreshed in: not one to show.
        providers.sort(Comparator.comparing(InventoryNode::provider, String.CASE_INSENSITIVE_ORDER));
    }

    /** One node per provider, by name. */
    List<InventoryNode> providers() {
        return providers;
    }

    /** The nodes directly below {@code node}, in inventory order. */
    List<InventoryNode> children(InventoryNode node) {
        return children.getOrDefault(key(node.provider(), node.path()), List.of());
    }

    /** The node above {@code node}; empty for a provider. */
    Optional<InventoryNode> parent(InventoryNode node) {
        if (node.path().isEmpty()) {
            return Optional.empty();
        }
        String parentPath = node.parentPath();
        return Optional.ofNullable(parentPath.isEmpty()
                ? providerNode(node.provider(), null)
                : byPath.get(key(node.provider(), parentPath)));
    }

    /**
     * The product a parameter node is plotted as: its dataset is the nearest dataset above it (a
     * dataset's id is what the provider is asked for, not its place in the tree).
     */
    Optional<Product> product(InventoryNode node) {
        if (node.kind() != NodeKind.PARAMETER) {
            return Optional.empty();
        }
        String parameter = node.id().isEmpty() ? node.name() : node.id();
        for (Optional<InventoryNode> up = parent(node); up.isPresent(); up = parent(up.get())) {
            if (up.get().kind() == NodeKind.DATASET) {
                String dataset = up.get().id().isEmpty() ? up.get().name() : up.get().id();
                return Optional.of(new Product(node.provider(), dataset, parameter));
            }
        }
        return Optional.empty();
    }

    /** Hangs a node below its parent, making up the folders its path names but the inventory lacks. */
    private void attach(InventoryNode node) {
        String parentPath = node.parentPath();
        InventoryNode parent = parentPath.isEmpty()
                ? providerNode(node.provider(), null)
                : byPath.get(key(node.provider(), parentPath));
        if (parent == null) {
            parent = new InventoryNode(node.provider(), parentPath, parentPath.contains("/") ? NodeKind.INSTRUMENT : NodeKind.MISSION,
                    "", parentPath.substring(parentPath.lastIndexOf('/') + 1), "", "", null, null, "", List.of(), Map.of());
            byPath.put(key(node.provider(), parentPath), parent);
            attach(parent);
        }
        children.computeIfAbsent(key(node.provider(), parentPath), k -> new ArrayList<>()).add(node);
    }

    /** The provider's own node: the one its inventory gives (path ""), else a plain one named after it. */
    private InventoryNode providerNode(String provider, InventoryNode given) {
        String key = key(provider, "");
        InventoryNode known = byPath.get(key);
        if (known == null) {
            known = given != null ? given
                    : new InventoryNode(provider, "", NodeKind.PROVIDER, "", provider, "", "", null, null, "", List.of(), Map.of());
            byPath.put(key, known);
            providers.add(known);
        }
        return known;
    }

    private static String key(String provider, String path) {
        return provider + '\u0000' + path;
    }
}
