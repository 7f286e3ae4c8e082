package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL in the middle of saving leaves a store holding whole imports only. */
class CrashConsistencyTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killedWriterLeavesAConsistentStore() throws Exception {
        Path file = dir.resolve("catalogs.sqlite");
        int saved = 0;
        for (int round = 0; round < 3; round++) {
            saved = killWriterAfter(file, 2 + round);
            try (CatalogStore store = CatalogStore.open(file)) {
                int catalogs = store.catalogs().size();
                assertThat(catalogs).as("catalogs after round %d", round).isGreaterThanOrEqualTo(saved + 1);
                for (Catalog c : store.catalogs()) {
                    assertThat(store.events(c)).as(c.name()).hasSize(StoreWriterMain.BATCH);
                }
                assertThat(store.overlapping(TimeRange.of("1990-01-01", "2100-01-01"))).hasSize(catalogs * StoreWriterMain.BATCH);
            }
            assertThat(query(file, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(query(file, "SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
        }
        assertThat(saved).isPositive();
    }

    /** Starts the writer, waits until it has saved {@code saves} imports, kills it somewhere in the next; the last saved. */
    private int killWriterAfter(Path file, int saves) throws Exception {
        Process writer = StoreWriterMain.start(file);
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (int seen = 0; seen < saves; seen++) {
                String line = out.readLine();
                assertThat(line).as("the writer's output (it ended early?)").isNotNull().startsWith("saved ");
                last = Integer.parseInt(line.substring("saved ".length()));
            }
            // An import of 500 events takes tens of milliseconds: this lands inside the next one.
            Thread.sleep(5 + saves * 7L);
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        return last;
    }

    private static String query(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
