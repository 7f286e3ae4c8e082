package org.heliodeck.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.heliodeck.catalog.predicate.Predicate;
import org.heliodeck.catalog.predicate.PredicateEvaluator;

/**
 * Decoded events kept between listings, loaded only as far as listings need: the events assigned
 * to each catalog listed so far (read with one query over the catalog's memberships); the events of
 * each dynamic catalog whose rule reads events alone (read with the part of the rule SQL can test,
 * {@link PredicateSql}); and every live event only when a rule needs them all (one SQL cannot narrow,
 * or one that refers to catalogs). Kept up to date with this store's own edits, and emptied whenever
 * SQLite's {@code data_version} shows that another connection has committed.
 */
final class EventCache {

    /**
     * By start, then stop, then uuid as its text sorts (unsigned): the order of the tables' {@code ORDER BY
     * start, stop, uuid}, so that events read and events edited in take the same places.
     */
    static final Comparator<Event> BY_START = Comparator.comparingLong(Event::start).thenComparingLong(Event::stop)
            .thenComparing(Event::uuid, (a, b) -> a.getMostSignificantBits() != b.getMostSignificantBits()
                    ? Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits())
                    : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits()));

    /** An edit of more changes than this (an import) empties the cache instead of being replayed into it. */
    private static final int REPLAYED_CHANGES = 1000;

    private long dataVersion = -1;
    private final Map<UUID, Sorted> assigned = new HashMap<>();
    private final Map<UUID, Dynamic> dynamic = new HashMap<>();
    private Sorted live;

    /** A dynamic catalog's events under its rule, and the rule's evaluator to test edited events. */
    private record Dynamic(Predicate rule, PredicateEvaluator matches, Sorted events) {}

    /** The live events assigned to a catalog, by start. */
    List<Event> assigned(Tables tables, UUID catalog) throws SQLException {
        refresh(tables);
        Sorted events = assigned.get(catalog);
        if (events == null) {
            events = new Sorted(tables.assignedEvents(catalog));
            assigned.put(catalog, events);
        }
        return events.view();
    }

    /** Every live event of the store, by start. */
    List<Event> live(Tables tables) throws SQLException {
        refresh(tables);
        if (live == null) {
            live = new Sorted(tables.liveEvents());
        }
        return live.view();
    }

    /**
     * The events of a dynamic catalog whose rule reads events alone (refers to no catalog), by
     * start: those assigned to it and those its rule selects.
     */
    List<Event> dynamic(Tables tables, UUID catalog, Predicate rule) throws SQLException {
        refresh(tables);
        Dynamic d = dynamic.get(catalog);
        if (d == null || !d.rule().equals(rule)) {
            PredicateEvaluator matches = new PredicateEvaluator(rule);
            List<Event> assignedEvents = assigned(tables, catalog);
            Optional<PredicateSql> narrowed = PredicateSql.necessary(rule);
            List<Event> candidates = live == null && narrowed.isPresent() ? tables.liveEvents(narrowed.get()) : live(tables);
            Sorted events = new Sorted(assignedEvents);
            for (Event e : candidates) {
                if (!events.contains(e.uuid()) && matches.test(e)) {
                    events.add(e);
                }
            }
            d = new Dynamic(rule, matches, events);
            dynamic.put(catalog, d);
        }
        return d.events().view();
    }

    /** Takes in an edit this store has committed (its own commits do not change {@code data_version}). */
    void committed(Tables tables, Edit edit) {
        if (edit.changes().size() > REPLAYED_CHANGES) {
            clear();
            return;
        }
        try {
            replay(tables, edit);
        } catch (SQLException e) {
            // The edit is committed; a cache that could not follow is dropped, and the next listing
            // reads the tables again (and reports what fails then).
            clear();
        }
    }

    private void clear() {
        assigned.clear();
        dynamic.clear();
        live = null;
    }

    private void replay(Tables tables, Edit edit) throws SQLException {
        if (assigned.isEmpty() && live == null) {
            return;
        }
        for (Change change : edit.changes()) {
            switch (change) {
                case Change.OfEvent e -> {
                    replace(tables, e);
                    rematch(e);
                }
                case Change.OfMembership m -> {
                    Sorted events = assigned.get(m.catalog());
                    if (events != null && !m.after()) {
                        events.remove(m.event());
                    } else if (events != null && !events.contains(m.event())) {
                        liveEvent(tables, m.event()).ifPresent(events::add);
                    }
                    Dynamic d = dynamic.get(m.catalog());
                    if (d != null && m.after() && !d.events().contains(m.event())) {
                        liveEvent(tables, m.event()).ifPresent(d.events()::add);
                    } else if (d != null && !m.after() && d.events().contains(m.event())
                            && !d.matches().test(d.events().byUuid.get(m.event()))) {
                        d.events().remove(m.event());
                    }
                }
                // A catalog's rule may have changed: its events are listed again.
                case Change.OfCatalog c -> dynamic.remove(c.uuid());
            }
        }
    }

    /** An edited event in or out of the dynamic catalogs, by their assigned events (updated first) and rules. */
    private void rematch(Change.OfEvent change) {
        Optional<Event> after = change.after().filter(s -> !s.removed()).map(Change.EventState::event);
        for (Map.Entry<UUID, Dynamic> d : dynamic.entrySet()) {
            Sorted events = d.getValue().events();
            events.remove(change.uuid());
            Sorted members = assigned.get(d.getKey());
            if (after.isPresent() && (members != null && members.contains(change.uuid()) || d.getValue().matches().test(after.get()))) {
                events.add(after.get());
            }
        }
    }

    private void replace(Tables tables, Change.OfEvent change) throws SQLException {
        Optional<Event> after = change.after().filter(s -> !s.removed()).map(Change.EventState::event);
        if (live != null) {
            live.remove(change.uuid());
            after.ifPresent(live::add);
        }
        boolean wasLive = change.before().isPresent() && !change.before().get().removed();
        if (wasLive) {
            for (Sorted events : assigned.values()) {
                if (events.remove(change.uuid())) {
                    after.ifPresent(events::add);
                }
            }
        } else if (after.isPresent()) {
            // A new or restored event: its memberships are in the table already (and in this edit).
            for (UUID catalog : tables.catalogsOf(change.uuid())) {
                Sorted events = assigned.get(catalog);
                if (events != null && !events.contains(change.uuid())) {
                    events.add(after.get());
                }
            }
        }
    }

    private Optional<Event> liveEvent(Tables tables, UUID uuid) throws SQLException {
        if (live != null) {
            return Optional.ofNullable(live.byUuid.get(uuid));
        }
        return tables.event(uuid).filter(s -> !s.removed()).map(Change.EventState::event);
    }

    private void refresh(Tables tables) throws SQLException {
        long version = tables.dataVersion();
        if (version != dataVersion) {
            clear();
            dataVersion = version;
        }
    }

    /** Events by start, found by uuid. */
    private static final class Sorted {
        private final List<Event> byStart;
        private final Map<UUID, Event> byUuid;

        /** @param byStart sorted by {@link #BY_START} */
        Sorted(List<Event> byStart) {
            this.byStart = new ArrayList<>(byStart);
            this.byUuid = HashMap.newHashMap(byStart.size());
            byStart.forEach(e -> byUuid.put(e.uuid(), e));
        }

        List<Event> view() {
            return Collections.unmodifiableList(byStart);
        }

        boolean contains(UUID uuid) {
            return byUuid.containsKey(uuid);
        }

        void add(Event e) {
            int at = Collections.binarySearch(byStart, e, BY_START);
            byStart.add(at < 0 ? -at - 1 : at, e);
            byUuid.put(e.uuid(), e);
        }

        boolean remove(UUID uuid) {
            Event e = byUuid.remove(uuid);
            if (e == null) {
                return false;
            }
            int at = Collections.binarySearch(byStart, e, BY_START);
            if (at < 0) {
                throw new IllegalStateException("event " + uuid + " indexed but not listed");
            }
            byStart.remove(at);
            return true;
        }
    }
}
