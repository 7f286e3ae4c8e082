package org.heliodeck.catalog;

import java.util.List;

/** One user action on the store (an event added, a catalog imported…): what undo and redo replay. */
record Edit(String description, List<Change> changes) {

    Edit {
        changes = List.copyOf(changes);
    }

    /** The edit that takes the store back: inverse changes in reverse order (memberships go before their rows). */
    Edit inverse() {
        return new Edit(description, changes.reversed().stream().map(Change::inverse).toList());
    }
}
