package org.heliodeck.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.inventory.Filters;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.SearchHit;

/**
 * Runs inventory searches on one background thread, so typing never waits on a search; only the
 * latest query's answer reaches the FX thread (an older one still running is dropped when done).
 *
 * <p>Hits in the user's own archives come first, each group in the index's ranking: they plot at
 * once and offline, and the few products of an archive would otherwise drown among the tens of
 * thousands of the web services (OMNI2's "Solar wind proton density" ranks 118th of 128 for
 * "solar wind dens" beside AMDA's tree, whose parameters are named "density").
 */
final class BackgroundSearch implements AutoCloseable {

    /** Folders are browsed in the tree; the list shows what can be plotted or opened. */
    private static final Filters PLOTTABLE = Filters.NONE.kinds(NodeKind.DATASET, NodeKind.PARAMETER);

    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("inventory-search").daemon().factory());
    private final AtomicLong latest = new AtomicLong();

    /**
     * Searches {@code index} for {@code text}; {@code hits} or {@code failed} (with a message) is
     * called on the FX thread, unless a newer search was asked for meanwhile.
     */
    void search(InventoryIndex index, String text, Set<String> local, int limit, Consumer<List<SearchHit>> hits,
            Consumer<String> failed) {
        long ticket = latest.incrementAndGet();
        if (worker.isShutdown()) {
            // Typed as the browser closed: nobody is left to show the answer.
            return;
        }
        worker.execute(() -> {
            if (ticket != latest.get()) {
                return;
            }
            try {
                List<SearchHit> found = localFirst(index, text, local, limit);
                Platform.runLater(() -> {
                    if (ticket == latest.get()) {
                        hits.accept(found);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed.accept("search for '" + text + "' failed: " + e.getMessage()));
            }
        });
    }

    /** The hits in the {@code local} providers, then the others, at most {@code limit} in all. */
    static List<SearchHit> localFirst(InventoryIndex index, String text, Set<String> local, int limit) {
        Map<InventoryNode, SearchHit> hits = new LinkedHashMap<>();
        for (String provider : local) {
            index.search(text, PLOTTABLE.provider(provider), limit).forEach(h -> hits.putIfAbsent(h.node(), h));
        }
        List<SearchHit> ranked = new ArrayList<>(hits.values());
        // Local hits of several archives interleave by score; scores compare within one search only
        // roughly, which is good enough to order a handful of archives' hits.
        ranked.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        for (SearchHit h : index.search(text, PLOTTABLE, limit)) {
            if (!hits.containsKey(h.node())) {
                ranked.add(h);
            }
        }
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
