package org.heliodeck.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.sqlite.SQLiteConfig;

/**
 * Opens a store's SQLite file: brings its schema up to date with Flyway (the migrations are
 * {@code db/catalog/V<n>__*.sql} resources), then connects in WAL mode so that a process killed
 * mid-transaction leaves the last committed state and readers never wait for a writer.
 */
final class CatalogDatabase {

    /** How long a write waits for another process's write to finish before giving up. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    /**
     * Flyway narrates every open at INFO (environment, validation, "schema up to date"); what matters
     * to a user, a failed migration, reaches them as an exception. Held here so that the level sticks.
     */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.WARNING);
    }

    private CatalogDatabase() {}

    static Connection open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String url = "jdbc:sqlite:" + file;
        try {
            Flyway.configure(CatalogDatabase.class.getClassLoader())
                    .dataSource(url, "", "")
                    .locations("classpath:db/catalog")
                    // Flyway ignores migrations it does not know by default; an older Heliodeck writing
                    // to a newer schema could break it, so such a store is refused.
                    .ignoreMigrationPatterns(new String[0])
                    .load()
                    .migrate();
        } catch (FlywayValidateException e) {
            // Flyway's message goes on to advise "repair", which would break the newer Heliodeck's store.
            String detected = e.getMessage().lines().filter(l -> l.startsWith("Detected")).collect(Collectors.joining(" "));
            throw new IOException("cannot open the catalog store " + file + ": its schema is not one this Heliodeck knows"
                    + " (written by a newer version?): " + detected, e);
        } catch (FlywayException e) {
            throw new IOException("cannot bring the catalog store " + file + " up to date: " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL loses no committed transaction when the process dies, only on power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw new IOException("cannot open the catalog store " + file + ": " + e.getMessage(), e);
        }
    }
}
