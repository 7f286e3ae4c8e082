package org.heliodeck.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * One row of the store before and after an edit (absent: no such row). Undo writes the befores,
 * redo the afters; either first checks that the row still holds what the edit left, so that an
 * edit made since by another process is never silently overwritten.
 */
sealed interface Change {

    Change inverse();

    /** What the row holds when this change has been made. */
    record OfEvent(UUID uuid, Optional<EventState> before, Optional<EventState> after) implements Change {
        @Override
        public Change inverse() {
            return new OfEvent(uuid, after, before);
        }
    }

    record OfCatalog(UUID uuid, Optional<CatalogState> before, Optional<CatalogState> after) implements Change {
        @Override
        public Change inverse() {
            return new OfCatalog(uuid, after, before);
        }
    }

    record OfMembership(UUID catalog, UUID event, boolean before, boolean after) implements Change {
        @Override
        public Change inverse() {
            return new OfMembership(catalog, event, after, before);
        }
    }

    /** An event's row: the event and whether it is soft-deleted. */
    record EventState(Event event, boolean removed) {}

    record CatalogState(Catalog catalog, boolean removed) {}
}
