package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Another process writing to the same store at the same time: both sets of edits land, whole. */
class TwoProcessesTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void editsOfTwoProcessesInterleaveWithoutLoss() throws Exception {
        Path file = dir.resolve("catalogs.sqlite");
        List<Event> mine = new ArrayList<>();
        try (CatalogStore store = CatalogStore.open(file)) {
            Catalog own = store.createCatalog(Catalog.named("mine", Samples.T0));
            Process writer = StoreWriterMain.start(file);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("the writer's first save").startsWith("saved ");
                // The writer goes on importing while this process adds events one transaction at a time.
                for (int day = 1; day <= 40; day++) {
                    String date = String.format("1990-01-%02dT%02d:00", 1 + day % 28, day % 24);
                    mine.add(store.addEvent(Samples.event(date, date), List.of(own.uuid())));
                }
                assertThat(out.readLine()).as("the writer still saving").startsWith("saved ");
            } finally {
                writer.destroyForcibly();
                assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        try (CatalogStore reopened = CatalogStore.open(file)) {
            assertThat(reopened.events(reopened.requireCatalog("mine"))).containsExactlyInAnyOrderElementsOf(mine);
            List<Catalog> batches = reopened.catalogs().stream().filter(c -> c.name().startsWith("batch ")).toList();
            assertThat(batches).hasSizeGreaterThanOrEqualTo(2);
            for (Catalog batch : batches) {
                assertThat(reopened.events(batch)).as(batch.name()).hasSize(StoreWriterMain.BATCH);
            }
        }
    }
}
