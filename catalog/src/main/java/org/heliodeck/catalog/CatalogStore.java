package org.heliodeck.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.heliodeck.catalog.Change.CatalogState;
import org.heliodeck.catalog.Change.EventState;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.heliodeck.formats.catalog.CatalogueRecord;
import org.heliodeck.formats.catalog.EventRecord;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Events and catalogs in a SQLite file. Every edit is one transaction and one step of the undo
 * history. The history lives as long as this object (a session), not in the file: undoing
 * yesterday's edits after a restart would surprise more than help. Several stores, in this process
 * or others, may share a file: writes wait for each other (up to {@link CatalogDatabase#BUSY_TIMEOUT_MS}),
 * and an undo refuses to overwrite a row another store has changed since.
 *
 * <p>Removing is soft: a removed event or catalog keeps its rows and memberships until restored.
 * Thread-safe (one connection, used by one thread at a time).
 */
public final class CatalogStore implements AutoCloseable {

    /** The store's file in the user data directory. */
    public static final String FILE_NAME = "catalogs.sqlite";

    private final Path file;
    private final Connection connection;
    private final Tables tables;
    private final Clock clock;
    private final EventCache cache = new EventCache();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    private CatalogStore(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.tables = new Tables(connection);
        this.clock = clock;
    }

    /** The store under the user data directory, created if need be. */
    public static CatalogStore openDefault() throws IOException {
        return open(UserDirectories.current().data().resolve(FILE_NAME));
    }

    public static CatalogStore open(Path file) throws IOException {
        return open(file, Clock.systemUTC());
    }

    /** @param clock gives the created and modified times */
    public static CatalogStore open(Path file, Clock clock) throws IOException {
        return new CatalogStore(file, CatalogDatabase.open(file), clock);
    }

    public Path file() {
        return file;
    }

    // ---- reading

    /** The catalogs not removed, by name. */
    public synchronized List<Catalog> catalogs() throws IOException {
        return read(() -> tables.catalogs(false).stream().map(CatalogState::catalog).toList());
    }

    public synchronized List<Catalog> removedCatalogs() throws IOException {
        return read(() -> tables.catalogs(true).stream().map(CatalogState::catalog).toList());
    }

    public synchronized Optional<Catalog> catalog(String name) throws IOException {
        return read(() -> tables.liveCatalog(name).map(CatalogState::catalog));
    }

    /** @throws IllegalArgumentException when there is no such catalog, saying so */
    public Catalog requireCatalog(String name) throws IOException {
        return catalog(name).orElseThrow(() -> new IllegalArgumentException("no catalog named '" + name + "' in " + file));
    }

    /** An event that is not removed. */
    public synchronized Optional<Event> event(UUID uuid) throws IOException {
        return read(() -> tables.event(uuid).filter(s -> !s.removed()).map(EventState::event));
    }

    /**
     * The events of a catalog, by start: those assigned to it, and for a dynamic catalog those matching its predicate.
     *
     * @throws IllegalArgumentException when a dynamic catalog's rule refers to a catalog not in the
     *     store, or rules refer to each other in a cycle, naming the catalogs
     */
    public synchronized List<Event> events(Catalog catalog) throws IOException {
        return read(() -> new CatalogEvents(tables, cache, file).of(catalog));
    }

    /** The events not removed, in any catalog or none, that share an instant with the range, by start. */
    public synchronized List<Event> overlapping(TimeRange range) throws IOException {
        return read(() -> {
            // start >= range.start - longest lets the index on start bound the scan from both sides.
            long earliest = range.start() - tables.longestDuration();
            return live(tables.events("SELECT " + Tables.EVENT_ROW + " FROM events WHERE start >= ? AND start < ?"
                    + " AND (stop > ? OR (start = stop AND start >= ?)) AND removed = 0 ORDER BY start",
                    earliest, range.stop(), range.start(), range.start()));
        });
    }

    /** The uuids of the catalogs an event is assigned to. */
    public synchronized List<UUID> catalogsOf(UUID event) throws IOException {
        return read(() -> tables.catalogsOf(event));
    }

    // ---- editing catalogs

    /** Stores a new catalog; its created and modified times become now. */
    public Catalog createCatalog(Catalog catalog) throws IOException {
        Instant now = now();
        Catalog stamped = new Catalog(catalog.uuid(), catalog.name(), catalog.author(), catalog.tags(), catalog.description(),
                catalog.folder(), catalog.attributes(), catalog.predicate(), now, now);
        perform("create catalog " + catalog.name(), () -> {
            requireNameFree(catalog.name());
            if (tables.catalog(catalog.uuid()).isPresent()) {
                throw new IllegalArgumentException("a catalog with uuid " + catalog.uuid() + " is already stored");
            }
            new CatalogEvents(tables, cache, file).requireResolvable(stamped);
            return List.of(new Change.OfCatalog(catalog.uuid(), Optional.empty(), Optional.of(new CatalogState(stamped, false))));
        });
        return stamped;
    }

    /** Replaces a stored catalog's fields; its modified time becomes now. */
    public Catalog updateCatalog(Catalog catalog) throws IOException {
        Catalog stamped = catalog.withModified(now());
        perform("edit catalog " + catalog.name(), () -> {
            CatalogState before = requireCatalogRow(catalog.uuid());
            if (!before.catalog().name().equals(catalog.name())) {
                requireNameFree(catalog.name());
            }
            new CatalogEvents(tables, cache, file).requireResolvable(stamped);
            return List.of(new Change.OfCatalog(catalog.uuid(), Optional.of(before),
                    Optional.of(new CatalogState(stamped.withCreated(before.catalog().created()), before.removed()))));
        });
        return stamped;
    }

    /**
     * Moves a catalog to a folder (one undo step); its modified time becomes now.
     *
     * @param folder folder names joined by {@code /}, empty for the top
     */
    public Catalog moveCatalog(String name, String folder) throws IOException {
        Catalog catalog = requireCatalog(name);
        String path = Catalog.folderPath(folder);
        Catalog stamped = catalog.withFolder(path).withModified(now());
        perform("move catalog " + name + " to " + (path.isEmpty() ? "the top" : path), () -> {
            CatalogState before = requireCatalogRow(catalog.uuid());
            return List.of(new Change.OfCatalog(catalog.uuid(), Optional.of(before), Optional.of(new CatalogState(
                    before.catalog().withFolder(path).withModified(stamped.modified()), before.removed()))));
        });
        return stamped;
    }

    public void removeCatalog(UUID catalog) throws IOException {
        setCatalogRemoved(catalog, true);
    }

    public void restoreCatalog(UUID catalog) throws IOException {
        setCatalogRemoved(catalog, false);
    }

    private void setCatalogRemoved(UUID uuid, boolean removed) throws IOException {
        perform((removed ? "remove" : "restore") + " catalog", () -> {
            CatalogState before = requireCatalogRow(uuid);
            if (!removed) {
                requireNameFree(before.catalog().name());
            }
            return List.of(new Change.OfCatalog(uuid, Optional.of(before), Optional.of(new CatalogState(before.catalog(), removed))));
        });
    }

    /** A new catalog with the catalog's fields, predicate and assigned events. */
    public Catalog cloneCatalog(String name, String newName) throws IOException {
        Catalog source = requireCatalog(name);
        Catalog copy = source.copy(newName, now());
        perform("clone " + name + " as " + newName, () -> {
            requireNameFree(newName);
            List<Change> changes = new ArrayList<>();
            changes.add(new Change.OfCatalog(copy.uuid(), Optional.empty(), Optional.of(new CatalogState(copy, false))));
            for (UUID event : tables.members(source.uuid())) {
                changes.add(new Change.OfMembership(copy.uuid(), event, false, true));
            }
            return changes;
        });
        return copy;
    }

    /**
     * A new static catalog holding the events of all the catalogs named (a dynamic catalog's matches
     * included), with the first one's author and tags.
     */
    public Catalog mergeCatalogs(List<String> names, String newName) throws IOException {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("merge needs at least one catalog");
        }
        Set<UUID> members = new LinkedHashSet<>();
        Catalog first = null;
        for (String name : names) {
            Catalog c = requireCatalog(name);
            first = first == null ? c : first;
            events(c).forEach(e -> members.add(e.uuid()));
        }
        Instant now = now();
        Catalog merged = new Catalog(UUID.randomUUID(), newName, first.author(), first.tags(),
                "merge of " + String.join(", ", names), first.folder(), Map.of(), Optional.empty(), now, now);
        perform("merge " + String.join(", ", names) + " into " + newName, () -> {
            requireNameFree(newName);
            List<Change> changes = new ArrayList<>();
            changes.add(new Change.OfCatalog(merged.uuid(), Optional.empty(), Optional.of(new CatalogState(merged, false))));
            members.forEach(e -> changes.add(new Change.OfMembership(merged.uuid(), e, false, true)));
            return changes;
        });
        return merged;
    }

    // ---- editing events

    /** Stores a new event, assigned to the catalogs given; its created and modified times become now. */
    public Event addEvent(Event event, Collection<UUID> catalogs) throws IOException {
        Instant now = now();
        Event stamped = new Event(event.uuid(), event.start(), event.stop(), event.author(), event.tags(), event.products(),
                event.rating(), event.attributes(), now, now);
        perform("add event", () -> {
            if (tables.event(event.uuid()).isPresent()) {
                throw new IllegalArgumentException("an event with uuid " + event.uuid() + " is already stored");
            }
            List<Change> changes = new ArrayList<>();
            changes.add(new Change.OfEvent(event.uuid(), Optional.empty(), Optional.of(new EventState(stamped, false))));
            for (UUID catalog : new LinkedHashSet<>(catalogs)) {
                requireCatalogRow(catalog);
                changes.add(new Change.OfMembership(catalog, event.uuid(), false, true));
            }
            return changes;
        });
        return stamped;
    }

    /** Replaces a stored event's fields (its times, tags, rating…); its modified time becomes now. */
    public Event updateEvent(Event event) throws IOException {
        Instant now = now();
        Event[] stored = new Event[1];
        perform("edit event", () -> {
            EventState before = requireEventRow(event.uuid());
            stored[0] = new Event(event.uuid(), event.start(), event.stop(), event.author(), event.tags(), event.products(),
                    event.rating(), event.attributes(), before.event().created(), now);
            return List.of(new Change.OfEvent(event.uuid(), Optional.of(before), Optional.of(new EventState(stored[0], before.removed()))));
        });
        return stored[0];
    }

    public void removeEvent(UUID event) throws IOException {
        setEventRemoved(event, true);
    }

    public void restoreEvent(UUID event) throws IOException {
        setEventRemoved(event, false);
    }

    private void setEventRemoved(UUID uuid, boolean removed) throws IOException {
        perform((removed ? "remove" : "restore") + " event", () -> {
            EventState before = requireEventRow(uuid);
            return List.of(new Change.OfEvent(uuid, Optional.of(before), Optional.of(new EventState(before.event(), removed))));
        });
    }

    public void assign(UUID catalog, Collection<UUID> events) throws IOException {
        setMembership(catalog, events, true);
    }

    public void unassign(UUID catalog, Collection<UUID> events) throws IOException {
        setMembership(catalog, events, false);
    }

    private void setMembership(UUID catalog, Collection<UUID> events, boolean member) throws IOException {
        perform((member ? "assign " : "unassign ") + events.size() + " events", () -> {
            requireCatalogRow(catalog);
            List<Change> changes = new ArrayList<>();
            for (UUID event : new LinkedHashSet<>(events)) {
                requireEventRow(event);
                if (tables.member(catalog, event) != member) {
                    changes.add(new Change.OfMembership(catalog, event, !member, member));
                }
            }
            return changes;
        });
    }

    // ---- import and export

    /**
     * Adds a catalog file's catalogues and events, in one transaction (one undo step). Nothing stored
     * is overwritten: an event equal to a stored one (same uuid, or same content under another uuid)
     * is a duplicate and the stored one is used; an event whose uuid is stored with another content,
     * or a catalogue whose uuid or name is taken, is a conflict and is left out (with, for a
     * catalogue, its events that no imported catalogue takes).
     *
     * @param name the name of the imported catalogue, in place of the file's (a file of one catalogue);
     *     it gets a new uuid when the file's is stored already (a second import of one file)
     */
    public ImportReport importDocument(CatalogDocument document, Optional<String> name) throws IOException {
        if (name.isPresent() && document.catalogues().size() != 1) {
            throw new IllegalArgumentException("a name can be given only to a file of one catalogue; this one has "
                    + document.catalogues().size());
        }
        Instant now = now();
        List<Catalog> incoming = new ArrayList<>();
        for (CatalogueRecord record : document.catalogues()) {
            Catalog c = Catalog.of(record, now);
            incoming.add(name.map(c::withName).orElse(c));
        }
        List<Catalog> created = new ArrayList<>();
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Edit edit = perform("import " + incoming.stream().map(Catalog::name).toList(), () -> {
            created.clear();
            duplicates.clear();
            conflicts.clear();
            return new ImportPlan(tables, document, now, name.isPresent()).changes(incoming, created, duplicates, conflicts);
        });
        int added = (int) edit.changes().stream().filter(c -> c instanceof Change.OfEvent).count();
        return new ImportReport(created, added, duplicates, conflicts);
    }

    /** A catalog and its events (by start) as a catalog file's content. */
    public CatalogDocument export(String name) throws IOException {
        Catalog catalog = requireCatalog(name);
        List<EventRecord> events = events(catalog).stream().map(Event::toRecord).toList();
        return CatalogDocument.of(catalog.toRecord(events.stream().map(EventRecord::uuid).toList()), events);
    }

    // ---- undo and redo

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * Takes back the last edit of this session.
     *
     * @return what was undone, e.g. "add event"; empty when there is nothing to undo
     * @throws StoreException when another store has changed the edit's rows since, leaving the history as it was
     */
    public synchronized Optional<String> undo() throws IOException {
        return replay(undo, redo, Edit::inverse);
    }

    /** Makes again the last edit undone; empty when there is none. */
    public synchronized Optional<String> redo() throws IOException {
        return replay(redo, undo, e -> e);
    }

    private Optional<String> replay(Deque<Edit> from, Deque<Edit> to, java.util.function.UnaryOperator<Edit> direction)
            throws IOException {
        Edit edit = from.peek();
        if (edit == null) {
            return Optional.empty();
        }
        Edit replayed = direction.apply(edit);
        transaction(() -> apply(replayed));
        cache.committed(tables, replayed);
        from.pop();
        to.push(edit);
        return Optional.of(edit.description());
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close the catalog store " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- transactions

    /** What an edit changes, computed inside its transaction from the rows as they are. */
    @FunctionalInterface
    interface Plan {
        List<Change> changes() throws SQLException;
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private synchronized Edit perform(String description, Plan plan) throws IOException {
        Edit[] edit = new Edit[1];
        transaction(() -> {
            edit[0] = new Edit(description, plan.changes());
            apply(edit[0]);
        });
        cache.committed(tables, edit[0]);
        if (!edit[0].changes().isEmpty()) {
            undo.push(edit[0]);
            redo.clear();
        }
        return edit[0];
    }

    /** Writes the afters of the changes, after checking each row still holds its before. */
    private void apply(Edit edit) throws SQLException {
        for (Change change : edit.changes()) {
            switch (change) {
                case Change.OfEvent e -> {
                    requireUnchanged(tables.event(e.uuid()).equals(e.before()), edit, "event " + e.uuid());
                    tables.write(e.uuid(), e.after());
                }
                case Change.OfCatalog c -> {
                    requireUnchanged(tables.catalog(c.uuid()).equals(c.before()), edit, "catalog " + c.uuid());
                    tables.writeCatalog(c.uuid(), c.after());
                }
                case Change.OfMembership m -> {
                    requireUnchanged(tables.member(m.catalog(), m.event()) == m.before(), edit,
                            "the membership of event " + m.event() + " in catalog " + m.catalog());
                    tables.writeMembership(m.catalog(), m.event(), m.after());
                }
            }
        }
    }

    private static void requireUnchanged(boolean unchanged, Edit edit, String row) {
        if (!unchanged) {
            throw new StoreException("cannot replay '" + edit.description() + "': " + row
                    + " has been changed since by another window or process");
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /** Runs the work as one write transaction, taking the write lock first so that it never fails halfway on a busy file. */
    private void transaction(Work work) throws IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                work.run();
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> T read(Query<T> query) throws IOException {
        try {
            return query.run();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private IOException failure(SQLException e) {
        if (e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || s.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new IOException("the catalog store " + file + " is busy: another process has been writing to it for more than "
                    + CatalogDatabase.BUSY_TIMEOUT_MS / 1000 + " s", e);
        }
        return new IOException("catalog store " + file + ": " + e.getMessage(), e);
    }

    private void requireNameFree(String name) throws SQLException {
        if (tables.liveCatalog(name).isPresent()) {
            throw new IllegalArgumentException("a catalog named '" + name + "' already exists in " + file);
        }
    }

    private CatalogState requireCatalogRow(UUID uuid) throws SQLException {
        return tables.catalog(uuid).orElseThrow(() -> new IllegalArgumentException("no catalog " + uuid + " in " + file));
    }

    private EventState requireEventRow(UUID uuid) throws SQLException {
        return tables.event(uuid).orElseThrow(() -> new IllegalArgumentException("no event " + uuid + " in " + file));
    }

    private static List<Event> live(List<EventState> states) {
        return states.stream().map(EventState::event).toList();
    }

    /** Now, to the millisecond the store keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
