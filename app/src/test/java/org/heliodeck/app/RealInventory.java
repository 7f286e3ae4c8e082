package org.heliodeck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.inventory.AmdaTreeReader;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.InventoryStore;
import org.heliodeck.data.inventory.LiveInventory;

/**
 * A live inventory as the application has it: AMDA's recorded tree kept in a store (read at start),
 * and the OMNI2 archive of {@code shared/data} arriving by a background refresh.
 */
final class RealInventory {

    private RealInventory() {}

    /** A live inventory holding AMDA's tree, kept in {@code storeDirectory}. */
    static LiveInventory withAmda(Path storeDirectory) throws IOException {
        Path tree = SharedData.file("services/amda/obsdatatree.xml");
        InventoryStore store = new InventoryStore(storeDirectory);
        store.save(new InventoryStore.Saved(AmdaTreeReader.PROVIDER, Instant.parse("2026-11-01T00:00:00Z"),
                AmdaTreeReader.read(tree)));
        return LiveInventory.open(store, Clock.systemUTC());
    }

    /** Starts indexing the OMNI2 archive into {@code live}, as start-up does for a registered archive. */
    static CompletableFuture<InventoryIndex> refreshOmni2(LiveInventory live) {
        Path omni2 = SharedData.file("omni2-hourly");
        return live.refresh("omni2", () -> LocalArchive.open("omni2", omni2).inventory());
    }
}
