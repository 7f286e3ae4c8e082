package org.heliodeck.catalog;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;
import java.util.UUID;
import org.heliodeck.catalog.Change.CatalogState;
import org.heliodeck.catalog.predicate.CatalogMembership;
import org.heliodeck.catalog.predicate.Predicate;
import org.heliodeck.catalog.predicate.PredicateEvaluator;

/**
 * The events of catalogs, for one reading of the store: a static catalog's assigned events; a
 * dynamic catalog's assigned events and the events matching its rule, once the catalogs its rule
 * refers to have been listed (in turn). Rules that refer to each other in a cycle are refused.
 */
final class CatalogEvents {

    private final Tables tables;
    private final EventCache cache;
    private final Path file;
    private final Map<UUID, List<Event>> listed = new HashMap<>();
    private final SequencedSet<UUID> listing = new LinkedHashSet<>();
    private Catalog checking;

    CatalogEvents(Tables tables, EventCache cache, Path file) {
        this.tables = tables;
        this.cache = cache;
        this.file = file;
    }

    /**
     * The catalog's events, by start.
     *
     * @throws IllegalArgumentException when its rule refers to a catalog the store does not hold, or
     *     to catalogs whose rules come back to it
     */
    List<Event> of(Catalog catalog) throws SQLException {
        List<Event> done = listed.get(catalog.uuid());
        if (done != null) {
            return done;
        }
        if (!listing.add(catalog.uuid())) {
            throw new IllegalArgumentException("the rules of dynamic catalogs refer to each other in a cycle: " + cycle(catalog.uuid()));
        }
        try {
            List<Event> assigned = cache.assigned(tables, catalog.uuid());
            List<Event> events = catalog.predicate().isEmpty() ? List.copyOf(assigned) : matching(catalog, assigned);
            listed.put(catalog.uuid(), events);
            return events;
        } finally {
            listing.remove(catalog.uuid());
        }
    }

    /** Refuses a rule that would make a catalog's events depend on themselves, or on a catalog not in the store. */
    void requireResolvable(Catalog catalog) throws SQLException {
        if (catalog.predicate().isEmpty()) {
            return;
        }
        checking = catalog;
        listing.add(catalog.uuid());
        try {
            for (UUID referred : Predicate.referredCatalogs(catalog.predicate().get())) {
                requireAcyclic(referred, catalog);
            }
        } finally {
            listing.remove(catalog.uuid());
            checking = null;
        }
    }

    private void requireAcyclic(UUID uuid, Catalog from) throws SQLException {
        if (listing.contains(uuid)) {
            throw new IllegalArgumentException("the rules of dynamic catalogs would refer to each other in a cycle: " + cycle(uuid));
        }
        Catalog catalog = stored(uuid, from);
        if (catalog.predicate().isEmpty()) {
            return;
        }
        listing.add(uuid);
        try {
            for (UUID referred : Predicate.referredCatalogs(catalog.predicate().get())) {
                requireAcyclic(referred, catalog);
            }
        } finally {
            listing.remove(uuid);
        }
    }

    private List<Event> matching(Catalog catalog, List<Event> assigned) throws SQLException {
        Predicate rule = catalog.predicate().orElseThrow();
        if (Predicate.referredCatalogs(rule).isEmpty() && !Predicate.refersToNoCatalog(rule)) {
            return List.copyOf(cache.dynamic(tables, catalog.uuid(), rule));
        }
        Map<UUID, Set<UUID>> referred = new HashMap<>();
        for (UUID uuid : Predicate.referredCatalogs(rule)) {
            Set<UUID> events = new HashSet<>();
            of(stored(uuid, catalog)).forEach(e -> events.add(e.uuid()));
            referred.put(uuid, events);
        }
        Set<UUID> anywhere = Predicate.refersToNoCatalog(rule) ? tables.assignedAnywhere() : Set.of();
        PredicateEvaluator matches = new PredicateEvaluator(rule, new CatalogMembership() {
            @Override
            public Set<UUID> eventsOf(UUID other) {
                return referred.get(other);
            }

            @Override
            public boolean assignedAnywhere(UUID event) {
                return anywhere.contains(event);
            }
        });
        Set<UUID> members = HashSet.newHashSet(assigned.size());
        assigned.forEach(e -> members.add(e.uuid()));
        List<Event> events = new ArrayList<>();
        for (Event e : cache.live(tables)) {
            if (members.contains(e.uuid()) || matches.test(e)) {
                events.add(e);
            }
        }
        return List.copyOf(events);
    }

    private Catalog stored(UUID uuid, Catalog referring) throws SQLException {
        return tables.catalog(uuid).map(CatalogState::catalog).orElseThrow(() -> new IllegalArgumentException("the rule of catalog '"
                + referring.name() + "' refers to catalog " + uuid + ", which is not in " + file));
    }

    /** The names along the cycle that comes back to {@code uuid}: "A → B → A". */
    private String cycle(UUID uuid) throws SQLException {
        List<String> names = new ArrayList<>();
        boolean in = false;
        for (UUID step : listing) {
            in |= step.equals(uuid);
            if (in) {
                names.add(name(step));
            }
        }
        names.add(name(uuid));
        return String.join(" → ", names);
    }

    private String name(UUID uuid) throws SQLException {
        if (checking != null && checking.uuid().equals(uuid)) {
            return "'" + checking.name() + "'";
        }
        return tables.catalog(uuid).map(s -> "'" + s.catalog().name() + "'").orElse(uuid.toString());
    }
}
