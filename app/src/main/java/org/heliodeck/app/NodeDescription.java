package org.heliodeck.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heliodeck.data.InventoryNode;

/** How an inventory node reads in the browser: a title for lists and a one-line description. */
final class NodeDescription {

    private static final long[] UNITS = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L,
        1_000L, 1L};
    private static final String[] UNIT_NAMES = {"d", "h", "min", "s", "ms", "µs", "ns"};

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

    /**
     * "1 h", "90 min", "250 ms": a whole number (below 1000) of the largest unit that allows one, else
     * three digits of the largest unit it spans ("4.10 s").
     */
    static String cadence(Duration d) {
        long nanos = d.toNanos();
        for (int i = 0; i < UNITS.length; i++) {
            if (nanos >= UNITS[i] && nanos % UNITS[i] == 0 && nanos / UNITS[i] < 1000) {
                return nanos / UNITS[i] + " " + UNIT_NAMES[i];
            }
        }
        for (int i = 0; i < UNITS.length - 1; i++) {
            if (nanos >= UNITS[i]) {
                return String.format(Locale.ROOT, "%.3g %s", (double) nanos / UNITS[i], UNIT_NAMES[i]);
            }
        }
        return nanos + " ns";
    }
}
