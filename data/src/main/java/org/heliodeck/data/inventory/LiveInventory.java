package org.heliodeck.data.inventory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.heliodeck.data.InventoryNode;

/**
 * The inventory the application searches: read from the {@link InventoryStore} at start-up (no
 * network), refreshed in the background one provider at a time; each refresh saves the provider's
 * new inventory and swaps in a new index whole, so a search sees the old index or the new one,
 * never a mix.
 */
public final class LiveInventory implements AutoCloseable {

    private final InventoryStore store;
    private final Clock clock;
    private final ExecutorService refresher;
    /** The inventories by provider; only the refresh thread replaces it. */
    private final AtomicReference<Map<String, InventoryStore.Saved>> inventories;
    private final AtomicReference<InventoryIndex> index;

    private LiveInventory(InventoryStore store, Clock clock, List<InventoryStore.Saved> saved) {
        this.store = store;
        this.clock = clock;
        Map<String, InventoryStore.Saved> byProvider = new LinkedHashMap<>();
        saved.forEach(s -> byProvider.put(s.provider(), s));
        inventories = new AtomicReference<>(Map.copyOf(byProvider));
        index = new AtomicReference<>(indexOf(byProvider));
        refresher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("inventory-refresh").daemon().factory());
    }

    /** The inventories saved in {@code store}, searchable at once. */
    public static LiveInventory open(InventoryStore store, Clock clock) throws IOException {
        return new LiveInventory(store, clock, store.loadAll());
    }

    /** The index to search now. */
    public InventoryIndex index() {
        return index.get();
    }

    /** How many nodes the provider's inventory has (0 when there is none). */
    public int size(String provider) {
        InventoryStore.Saved saved = inventories.get().get(provider);
        return saved == null ? 0 : saved.nodes().size();
    }

    /** Whether a provider's inventory is missing or was fetched more than {@code maxAge} ago. */
    public boolean needsRefresh(String provider, Duration maxAge) {
        InventoryStore.Saved saved = inventories.get().get(provider);
        return saved == null || saved.olderThan(maxAge, clock.instant());
    }

    /**
     * Fetches a provider's inventory in the background with {@code fetch}, saves it and swaps the
     * index. The future fails with the fetch's exception, leaving the current index in place.
     */
    public CompletableFuture<InventoryIndex> refresh(String provider, Callable<List<InventoryNode>> fetch) {
        CompletableFuture<InventoryIndex> done = new CompletableFuture<>();
        refresher.execute(() -> {
            try {
                InventoryStore.Saved fresh = new InventoryStore.Saved(provider, clock.instant(), fetch.call());
                store.save(fresh);
                Map<String, InventoryStore.Saved> next = new LinkedHashMap<>(inventories.get());
                next.put(provider, fresh);
                InventoryIndex rebuilt = indexOf(next);
                inventories.set(Map.copyOf(next));
                // Searches running on the old index finish on it: it is left for the collector, not closed.
                index.set(rebuilt);
                done.complete(rebuilt);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private static InventoryIndex indexOf(Map<String, InventoryStore.Saved> inventories) {
        List<InventoryNode> all = new ArrayList<>();
        inventories.values().forEach(s -> all.addAll(s.nodes()));
        return InventoryIndex.of(all);
    }

    /** Stops refreshing, waiting a few seconds for a refresh under way. */
    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            if (!refresher.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("an inventory refresh did not stop within 5 s of being interrupted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
