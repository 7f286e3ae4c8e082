package org.heliodeck.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.data.InventoryNode;

/** How an inventory node reads in the browser: a title for lists and a one-line description. */
final class NodeDescription {

    private NodeDescription() {}

    /** The node's name (or the last segment of its path), with its units. */
    static String title(InventoryNode node) {
        String name = !node.name().isEmpty() ? node.name() : node.path().substring(node.path().lastIndexOf('/') + 1);
        return node.units().isEmpty() ? name : name + " [" + node.units() + "]";
    }

    /** Where a search hit is: its provider and path. */
    static String place(InventoryNode node) {
        return node.path().isEmpty() ? node.provider() : node.provider() + "/" + node.path();
    }

    /** Description, units, cadence and coverage, the ones known, on one line. */
    static String details(InventoryNode node) {
        List<String> parts = new ArrayList<>();
        parts.add(place(node));
        if (!node.description().isEmpty()) {
            parts.add(node.description());
        }
        if (!node.units().isEmpty()) {
            parts.add("units " + node.units());
        }
        if (node.cadence() != null) {
            parts.add("every " + cadence(node.cadence()));
        }
        if (node.coverage() != null) {
            parts.add("data " + node.coverage());
        }
        return String.join(" · ", parts);
    }

    /** "1 h", "4 s", "250 ms": the largest whole unit. */
    static String cadence(Duration d) {
        long nanos = d.toNanos();
        long[] units = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L};
        String[] names = {"d", "h", "min", "s", "ms", "µs", "ns"};
        for (int i = 0; i < units.length; i++) {
            if (nanos >= units[i] && nanos % units[i] == 0) {
                return nanos / units[i] + " " + names[i];
            }
        }
        for (int i = 0; i < units.length; i++) {
            if (nanos >= units[i]) {
                return String.format(java.util.Locale.ROOT, "%.3g %s", (double) nanos / units[i], names[i]);
            }
        }
        return nanos + " ns";
    }
}
