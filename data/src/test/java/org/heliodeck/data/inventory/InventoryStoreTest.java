package org.heliodeck.data.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryStoreTest {

    private static final Instant FETCHED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theWholeAmdaTreeReadsBackIdentically() throws IOException {
        InventoryStore store = new InventoryStore(dir);
        store.save(new InventoryStore.Saved("amda", FETCHED, RecordedInventories.amda()));
        InventoryStore.Saved back = store.load("amda").orElseThrow();
        assertThat(back.fetched()).isEqualTo(FETCHED);
        assertThat(back.nodes()).isEqualTo(RecordedInventories.amda());
        assertThat(back.olderThan(Duration.ofDays(2), NOW.instant())).isTrue();
        assertThat(store.load("cdaweb-hapi")).isEmpty();
    }

    @Test
    void providerNamesAreNotPaths() throws IOException {
        InventoryStore store = new InventoryStore(dir);
        store.save(new InventoryStore.Saved("archive:../omni2", FETCHED, List.of(node("archive:../omni2", "a"))));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("archive_.._omni2.jsonl");
        }
        assertThat(store.loadAll()).singleElement().satisfies(s -> assertThat(s.provider()).isEqualTo("archive:../omni2"));
    }

    @Test
    void aDamagedFileNamesItsLine() throws IOException {
        Files.writeString(dir.resolve("amda.jsonl"), "{\"format\":1,\"provider\":\"amda\",\"fetched\":\"2026-11-20T08:00:00Z\"}\n{\"path\":");
        assertThatThrownBy(() -> new InventoryStore(dir).load("amda"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(dir.resolve("amda.jsonl") + ", line 2: not JSON");
    }

    @Test
    void startsFromDiskThenSwapsInARefreshedIndex() throws Exception {
        InventoryStore store = new InventoryStore(dir);
        store.save(new InventoryStore.Saved("fake", FETCHED, List.of(node("fake", "old_dataset"))));
        try (LiveInventory live = LiveInventory.open(store, NOW)) {
            assertThat(live.index().search("old", Filters.NONE, 5)).hasSize(1);
            assertThat(live.needsRefresh("fake", Duration.ofDays(2))).isTrue();
            assertThat(live.needsRefresh("fake", Duration.ofDays(4))).isFalse();

            CountDownLatch release = new CountDownLatch(1);
            var refreshed = live.refresh("fake", () -> {
                // Until the supplier answers, searches keep the index read from disk.
                release.await(5, TimeUnit.SECONDS);
                return List.of(node("fake", "new_dataset"), node("fake", "new_dataset/param"));
            });
            assertThat(live.index().search("old", Filters.NONE, 5)).hasSize(1);
            release.countDown();
            InventoryIndex fresh = refreshed.get(5, TimeUnit.SECONDS);
            assertThat(live.index()).isSameAs(fresh);
            assertThat(fresh.search("old", Filters.NONE, 5)).isEmpty();
            assertThat(fresh.search("new", Filters.NONE, 5)).hasSize(2);
            assertThat(store.load("fake").orElseThrow().nodes()).hasSize(2);
            assertThat(live.needsRefresh("fake", Duration.ofDays(2))).isFalse();
        }
    }

    @Test
    void aFailedRefreshKeepsTheCurrentIndex() throws Exception {
        InventoryStore store = new InventoryStore(dir);
        try (LiveInventory live = LiveInventory.open(store, NOW)) {
            InventoryIndex before = live.index();
            var failed = live.refresh("down", () -> {
                throw new IOException("http://127.0.0.1:1/hapi/catalog: connection refused");
            });
            assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("http://127.0.0.1:1/hapi/catalog: connection refused");
            assertThat(live.index()).isSameAs(before);
            assertThat(live.needsRefresh("down", Duration.ofDays(2))).isTrue();
        }
    }

    private static InventoryNode node(String provider, String path) {
        return new InventoryNode(provider, path, NodeKind.DATASET, path, path, "", "", null, null, "", List.of(),
                java.util.Map.of());
    }
}
