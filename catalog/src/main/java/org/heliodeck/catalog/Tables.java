package org.heliodeck.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.heliodeck.catalog.Change.CatalogState;
import org.heliodeck.catalog.Change.EventState;
import org.heliodeck.catalog.predicate.PredicateJson;

/** The rows of the store's tables as the model's records: reads, and the writes changes make. */
final class Tables {

    // Memberships hold the rows' integer ids (V3); the model and the changes name rows by uuid.
    private static final String CATALOG_ID = "(SELECT id FROM catalogs WHERE uuid = ?)";
    private static final String EVENT_ID = "(SELECT id FROM events WHERE uuid = ?)";

    /** An event's row as {@link #events} reads it. */
    static final String EVENT_ROW = EventRow.selected("");
    private static final String CATALOG_COLUMNS = "uuid, name, author, tags, description, attributes, predicate, created, modified, removed,"
            + " folder";

    private final Connection connection;

    Tables(Connection connection) {
        this.connection = connection;
    }

    Optional<EventState> event(UUID uuid) throws SQLException {
        List<EventState> found = events("SELECT " + EVENT_ROW + " FROM events WHERE uuid = ?", uuid.toString());
        return found.stream().findFirst();
    }

    /** The live events assigned to a catalog, in {@link EventCache#BY_START} order. */
    List<Event> assignedEvents(UUID catalog) throws SQLException {
        return events("SELECT " + prefixed() + " FROM memberships m JOIN events e ON e.id = m.event"
                + " WHERE m.catalog = " + CATALOG_ID + " AND e.removed = 0 ORDER BY e.start, e.stop, e.uuid", catalog.toString())
                .stream().map(EventState::event).toList();
    }

    /** Every live event, in {@link EventCache#BY_START} order. */
    List<Event> liveEvents() throws SQLException {
        return events("SELECT " + EVENT_ROW + " FROM events WHERE removed = 0 ORDER BY start, stop, uuid")
                .stream().map(EventState::event).toList();
    }

    /** The live events meeting a condition, in {@link EventCache#BY_START} order. */
    List<Event> liveEvents(PredicateSql condition) throws SQLException {
        return events("SELECT " + EVENT_ROW + " FROM events WHERE removed = 0 AND " + condition.where() + " ORDER BY start, stop, uuid",
                condition.parameters().toArray()).stream().map(EventState::event).toList();
    }

    /** {@link #EVENT_ROW} of the events table named {@code e}. */
    static String prefixed() {
        return EventRow.selected("e");
    }

    /** Events of a query selecting {@link #EVENT_ROW}. */
    List<EventState> events(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = prepare(sql, parameters); ResultSet r = p.executeQuery()) {
            List<EventState> events = new ArrayList<>();
            Map<String, List<String>> lists = new HashMap<>();
            while (r.next()) {
                events.add(EventRow.decode(r.getString(1), lists));
            }
            return events;
        }
    }

    Optional<CatalogState> catalog(UUID uuid) throws SQLException {
        return catalogs("SELECT " + CATALOG_COLUMNS + " FROM catalogs WHERE uuid = ?", uuid.toString()).stream().findFirst();
    }

    Optional<CatalogState> liveCatalog(String name) throws SQLException {
        return catalogs("SELECT " + CATALOG_COLUMNS + " FROM catalogs WHERE name = ? AND removed = 0", name).stream().findFirst();
    }

    List<CatalogState> catalogs(boolean removed) throws SQLException {
        return catalogs("SELECT " + CATALOG_COLUMNS + " FROM catalogs WHERE removed = ? ORDER BY name", removed ? 1 : 0);
    }

    private List<CatalogState> catalogs(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = prepare(sql, parameters); ResultSet r = p.executeQuery()) {
            List<CatalogState> catalogs = new ArrayList<>();
            while (r.next()) {
                String predicate = r.getString(7);
                Catalog c = new Catalog(UUID.fromString(r.getString(1)), r.getString(2), r.getString(3),
                        StoredJson.strings(r.getString(4)), r.getString(5), r.getString(11), StoredJson.attributes(r.getString(6)),
                        Optional.ofNullable(predicate).map(PredicateJson::read), Instant.ofEpochMilli(r.getLong(8)),
                        Instant.ofEpochMilli(r.getLong(9)));
                catalogs.add(new CatalogState(c, r.getInt(10) != 0));
            }
            return catalogs;
        }
    }

    boolean member(UUID catalog, UUID event) throws SQLException {
        try (PreparedStatement p = prepare("SELECT 1 FROM memberships WHERE catalog = " + CATALOG_ID + " AND event = " + EVENT_ID,
                catalog.toString(),
                event.toString()); ResultSet r = p.executeQuery()) {
            return r.next();
        }
    }

    List<UUID> catalogsOf(UUID event) throws SQLException {
        try (PreparedStatement p = prepare("SELECT c.uuid FROM memberships m JOIN catalogs c ON c.id = m.catalog WHERE m.event = "
                + EVENT_ID, event.toString());
                ResultSet r = p.executeQuery()) {
            List<UUID> catalogs = new ArrayList<>();
            while (r.next()) {
                catalogs.add(UUID.fromString(r.getString(1)));
            }
            return catalogs;
        }
    }

    void write(UUID uuid, Optional<EventState> state) throws SQLException {
        if (state.isEmpty()) {
            update("DELETE FROM events WHERE uuid = ?", uuid.toString());
            return;
        }
        Event e = state.get().event();
        // An update, not INSERT OR REPLACE: replacing would delete the row and cascade to its memberships.
        Object[] values = {e.start(), e.stop(), e.author(), StoredJson.strings(e.tags()), StoredJson.strings(e.products()),
            e.rating().isPresent() ? e.rating().getAsInt() : null, StoredJson.attributes(e.attributes()),
            e.created().toEpochMilli(), e.modified().toEpochMilli(), state.get().removed() ? 1 : 0, uuid.toString()};
        if (update("UPDATE events SET start = ?, stop = ?, author = ?, tags = ?, products = ?, rating = ?, attributes = ?,"
                + " created = ?, modified = ?, removed = ? WHERE uuid = ?", values) == 0) {
            update("INSERT INTO events (start, stop, author, tags, products, rating, attributes, created, modified, removed, uuid)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?)", values);
        }
    }

    void writeCatalog(UUID uuid, Optional<CatalogState> state) throws SQLException {
        if (state.isEmpty()) {
            update("DELETE FROM catalogs WHERE uuid = ?", uuid.toString());
            return;
        }
        Catalog c = state.get().catalog();
        Object[] values = {c.name(), c.author(), StoredJson.strings(c.tags()), c.description(), c.folder(),
            StoredJson.attributes(c.attributes()), c.predicate().map(PredicateJson::write).orElse(null),
            c.created().toEpochMilli(), c.modified().toEpochMilli(), state.get().removed() ? 1 : 0, uuid.toString()};
        if (update("UPDATE catalogs SET name = ?, author = ?, tags = ?, description = ?, folder = ?, attributes = ?, predicate = ?,"
                + " created = ?, modified = ?, removed = ? WHERE uuid = ?", values) == 0) {
            update("INSERT INTO catalogs (name, author, tags, description, folder, attributes, predicate, created, modified, removed,"
                    + " uuid) VALUES (?,?,?,?,?,?,?,?,?,?,?)", values);
        }
    }

    void writeMembership(UUID catalog, UUID event, boolean member) throws SQLException {
        update(member ? "INSERT OR IGNORE INTO memberships (catalog, event) SELECT c.id, e.id FROM catalogs c, events e"
                + " WHERE c.uuid = ? AND e.uuid = ?" : "DELETE FROM memberships WHERE catalog = " + CATALOG_ID + " AND event = " + EVENT_ID,
                catalog.toString(), event.toString());
    }

    /** Changes when another connection commits to the file (and only then). */
    long dataVersion() throws SQLException {
        try (PreparedStatement p = prepare("PRAGMA data_version"); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The uuids of the events assigned to a catalog, removed ones included. */
    List<UUID> members(UUID catalog) throws SQLException {
        try (PreparedStatement p = prepare("SELECT e.uuid FROM memberships m JOIN events e ON e.id = m.event WHERE m.catalog = "
                + CATALOG_ID, catalog.toString()); ResultSet r = p.executeQuery()) {
            List<UUID> events = new ArrayList<>();
            while (r.next()) {
                events.add(UUID.fromString(r.getString(1)));
            }
            return events;
        }
    }

    /** The events assigned to at least one catalog. */
    Set<UUID> assignedAnywhere() throws SQLException {
        try (PreparedStatement p = prepare("SELECT e.uuid FROM events e WHERE e.id IN (SELECT event FROM memberships)");
                ResultSet r = p.executeQuery()) {
            Set<UUID> events = new HashSet<>();
            while (r.next()) {
                events.add(UUID.fromString(r.getString(1)));
            }
            return events;
        }
    }

    long longestDuration() throws SQLException {
        try (PreparedStatement p = prepare("SELECT max(stop - start) FROM events"); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = prepare(sql, parameters)) {
            return p.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement p = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            p.setObject(i + 1, parameters[i]);
        }
        return p;
    }
}
