package org.heliodeck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.InventoryStore;
import org.heliodeck.data.inventory.LiveInventory;

/**
 * The inventory the application starts with: what the store kept (no network), then each registered
 * archive re-read in the background, since its files may have changed since the last run.
 */
final class StartupInventory {

    private StartupInventory() {}

    /** The inventories kept in the user's cache, searchable at once. */
    static LiveInventory open() throws IOException {
        return LiveInventory.open(InventoryStore.inUserCache(), Clock.systemUTC());
    }

    /**
     * Starts re-reading every archive registered in {@code configDirectory} into {@code live}; the
     * futures complete as each one is indexed (or fail with why it could not be read).
     */
    static Map<String, CompletableFuture<InventoryIndex>> refreshArchives(LiveInventory live, Path configDirectory)
            throws IOException {
        Map<String, CompletableFuture<InventoryIndex>> refreshes = new LinkedHashMap<>();
        for (Map.Entry<String, Path> archive : new ArchiveRegistry(configDirectory).archives().entrySet()) {
            String name = archive.getKey();
            refreshes.put(name, live.refresh(name, () -> LocalArchive.open(name, archive.getValue()).inventory()));
        }
        return refreshes;
    }
}
