package org.heliodeck.catalog.predicate;

import java.util.Set;
import java.util.UUID;

/**
 * What a predicate needs to know of catalogs ({@link Predicate.InCatalog}): a store answers it,
 * having listed the catalogs a predicate refers to before testing events against it.
 */
public interface CatalogMembership {

    /** For predicates that refer to no catalog. */
    CatalogMembership NONE = new CatalogMembership() {
        @Override
        public Set<UUID> eventsOf(UUID catalog) {
            throw new IllegalStateException("the predicate refers to catalog " + catalog + ": only a store can test it");
        }

        @Override
        public boolean assignedAnywhere(UUID event) {
            throw new IllegalStateException("the predicate refers to the events of no catalog: only a store can test it");
        }
    };

    /** The uuids of the catalog's events: assigned to it, and for a dynamic catalog matching its rule. */
    Set<UUID> eventsOf(UUID catalog);

    /** Whether the event is assigned to at least one catalog. */
    boolean assignedAnywhere(UUID event);
}
