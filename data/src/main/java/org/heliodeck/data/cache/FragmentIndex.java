package org.heliodeck.data.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.core.time.TimeRange;

/**
 * The cache's index in SQLite: which fragments of which keys are stored, in which file. WAL mode, so
 * that a process killed mid-write leaves the last committed state; each change is one transaction.
 * One connection, used by one thread at a time (the methods are synchronized): SQLite has one
 * writer anyway and the queries take microseconds.
 */
final class FragmentIndex implements AutoCloseable {

    private static final String COLUMNS =
            "id, provider, dataset, parameters, version, start, stop, file, bytes, checksum, fetched_at, last_access";

    private final Path database;
    private final Connection connection;

    private FragmentIndex(Path database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    static FragmentIndex open(Path database) throws IOException {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL loses no committed transaction when the process dies, only on power loss.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS fragments (
                          id INTEGER PRIMARY KEY,
                          provider TEXT NOT NULL, dataset TEXT NOT NULL, parameters TEXT NOT NULL,
                          version TEXT NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL,
                          file TEXT NOT NULL, bytes INTEGER NOT NULL, checksum INTEGER NOT NULL,
                          fetched_at INTEGER NOT NULL, last_access INTEGER NOT NULL,
                          UNIQUE (provider, dataset, parameters, version, start, stop))""");
                s.execute("CREATE INDEX IF NOT EXISTS by_access ON fragments (last_access)");
            }
            c.setAutoCommit(false);
            c.commit();
            return new FragmentIndex(database, c);
        } catch (SQLException e) {
            throw failure("cannot open", e, database);
        }
    }

    /** The entries of a key overlapping {@code range}, by start (and, for one start, oldest first). */
    synchronized List<IndexEntry> overlapping(CacheKey key, TimeRange range) throws IOException {
        String sql = "SELECT " + COLUMNS + " FROM fragments WHERE provider=? AND dataset=? AND parameters=? AND version=?"
                + " AND start<? AND stop>? ORDER BY start, fetched_at";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            bindKey(p, key);
            p.setLong(5, range.stop());
            p.setLong(6, range.start());
            return entries(p);
        } catch (SQLException e) {
            throw failure("cannot query", e, database);
        }
    }

    /** Adds an entry, replacing (and returning) the one of the same key and range. */
    synchronized Optional<IndexEntry> put(IndexEntry e) throws IOException {
        try {
            Optional<IndexEntry> old;
            try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM fragments WHERE provider=? AND dataset=? AND parameters=? AND version=? AND start=? AND stop=?")) {
                bindKey(p, e.key());
                p.setLong(5, e.range().start());
                p.setLong(6, e.range().stop());
                old = entries(p).stream().findFirst();
            }
            if (old.isPresent()) {
                delete(List.of(old.get()));
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO fragments (provider, dataset, parameters,"
                    + " version, start, stop, file, bytes, checksum, fetched_at, last_access) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                bindKey(p, e.key());
                p.setLong(5, e.range().start());
                p.setLong(6, e.range().stop());
                p.setString(7, e.file());
                p.setLong(8, e.bytes());
                p.setLong(9, e.checksum());
                p.setLong(10, e.fetchedAt());
                p.setLong(11, e.lastAccess());
                p.executeUpdate();
            }
            connection.commit();
            return old;
        } catch (SQLException x) {
            throw rollback("cannot add " + e.key() + " " + e.range() + " to", x);
        }
    }

    /** Marks entries as read now. */
    synchronized void touch(Collection<IndexEntry> entries, long now) throws IOException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE fragments SET last_access=? WHERE id=?")) {
            for (IndexEntry e : entries) {
                p.setLong(1, now);
                p.setLong(2, e.id());
                p.addBatch();
            }
            p.executeBatch();
            connection.commit();
        } catch (SQLException x) {
            throw rollback("cannot update", x);
        }
    }

    synchronized void remove(Collection<IndexEntry> entries) throws IOException {
        try {
            delete(entries);
            connection.commit();
        } catch (SQLException x) {
            throw rollback("cannot remove entries from", x);
        }
    }

    /** Removes and returns the entries of the key's dataset and parameters that have another version. */
    synchronized List<IndexEntry> removeOtherVersions(CacheKey key) throws IOException {
        return removeWhere("provider=? AND dataset=? AND parameters=? AND version<>?",
                List.of(key.provider(), key.dataset(), key.parameterList(), key.version()));
    }

    /** Removes and returns every entry, or a provider's when {@code provider} is not null. */
    synchronized List<IndexEntry> removeAll(String provider) throws IOException {
        return provider == null ? removeWhere("1=1", List.of()) : removeWhere("provider=?", List.of(provider));
    }

    /** The least recently read entries whose files add up to at least {@code bytes}, oldest first. */
    synchronized List<IndexEntry> leastRecentlyRead(long bytes) throws IOException {
        List<IndexEntry> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM fragments WHERE bytes>0 ORDER BY last_access, id");
                ResultSet r = p.executeQuery()) {
            long total = 0;
            while (total < bytes && r.next()) {
                IndexEntry e = entry(r);
                out.add(e);
                total += e.bytes();
            }
            return out;
        } catch (SQLException x) {
            throw failure("cannot query", x, database);
        }
    }

    synchronized List<IndexEntry> all() throws IOException {
        try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS + " FROM fragments")) {
            return entries(p);
        } catch (SQLException x) {
            throw failure("cannot query", x, database);
        }
    }

    synchronized long totalBytes() throws IOException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT TOTAL(bytes) FROM fragments")) {
            r.next();
            return (long) r.getDouble(1);
        } catch (SQLException x) {
            throw failure("cannot query", x, database);
        }
    }

    synchronized CacheStats stats() throws IOException {
        Map<String, CacheStats.Usage> byProvider = new HashMap<>();
        long entries = 0;
        long bytes = 0;
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT provider, COUNT(*), TOTAL(bytes) FROM fragments GROUP BY provider")) {
            while (r.next()) {
                CacheStats.Usage u = new CacheStats.Usage(r.getLong(2), (long) r.getDouble(3));
                byProvider.put(r.getString(1), u);
                entries += u.entries();
                bytes += u.bytes();
            }
            return new CacheStats(entries, bytes, byProvider);
        } catch (SQLException x) {
            throw failure("cannot query", x, database);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException x) {
            throw failure("cannot close", x, database);
        }
    }

    private List<IndexEntry> removeWhere(String condition, List<String> arguments) throws IOException {
        try {
            List<IndexEntry> removed;
            try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS + " FROM fragments WHERE " + condition)) {
                for (int i = 0; i < arguments.size(); i++) {
                    p.setString(i + 1, arguments.get(i));
                }
                removed = entries(p);
            }
            delete(removed);
            connection.commit();
            return removed;
        } catch (SQLException x) {
            throw rollback("cannot remove entries from", x);
        }
    }

    private void delete(Collection<IndexEntry> entries) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM fragments WHERE id=?")) {
            for (IndexEntry e : entries) {
                p.setLong(1, e.id());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement p, CacheKey key) throws SQLException {
        p.setString(1, key.provider());
        p.setString(2, key.dataset());
        p.setString(3, key.parameterList());
        p.setString(4, key.version());
    }

    private static List<IndexEntry> entries(PreparedStatement p) throws SQLException {
        List<IndexEntry> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(entry(r));
            }
        }
        return out;
    }

    private static IndexEntry entry(ResultSet r) throws SQLException {
        String parameters = r.getString(4);
        CacheKey key = new CacheKey(r.getString(2), r.getString(3),
                parameters.isEmpty() ? List.of() : List.of(parameters.split(",", -1)), r.getString(5));
        return new IndexEntry(r.getLong(1), key, new TimeRange(r.getLong(6), r.getLong(7)), r.getString(8), r.getLong(9),
                r.getLong(10), r.getLong(11), r.getLong(12));
    }

    private IOException rollback(String what, SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        return failure(what, cause, database);
    }

    private static IOException failure(String what, SQLException cause, Path database) {
        return new IOException(what + " the cache index " + database + ": " + cause.getMessage(), cause);
    }
}
