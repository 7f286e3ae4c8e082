package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.data.Provider;
import org.heliodeck.data.Providers;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.InventoryStore;
import org.heliodeck.data.inventory.LiveInventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck inventory}: the web services' product lists that 'search' reads, kept in the cache. */
@Command(
        name = "inventory",
        description = "The product lists of the web services, kept in the cache so that 'search' never waits on the network.",
        subcommands = {InventoryCommand.Update.class, InventoryCommand.ListInventories.class})
final class InventoryCommand {

    @Command(name = "update", description = "Fetch the inventories of the web services (all but the archives, by default).",
            footer = {"", "Example:", "  heliodeck inventory update amda cdaweb-hapi"})
    static final class Update implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "PROVIDER")
        private List<String> names;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Providers providers = Providers.installed(UserDirectories.current().config());
            Map<String, CompletableFuture<InventoryIndex>> refreshes = new LinkedHashMap<>();
            List<Provider> chosen = new ArrayList<>();
            for (String name : names == null || names.isEmpty() ? providers.names() : names) {
                Provider p = providers.require(name);
                if (p.isRemote() || names != null && !names.isEmpty()) {
                    chosen.add(p);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            try (LiveInventory live = LiveInventory.open(InventoryStore.inUserCache(), Clock.systemUTC())) {
                chosen.forEach(p -> refreshes.put(p.name(), live.refresh(p.name(), p::inventory)));
                for (Map.Entry<String, CompletableFuture<InventoryIndex>> r : refreshes.entrySet()) {
                    try {
                        r.getValue().get();
                        out.printf("%-14s %,d products%n", r.getKey(), live.size(r.getKey()));
                    } catch (ExecutionException e) {
                        failed++;
                        out.printf("%-14s not updated: %s%n", r.getKey(), e.getCause().getMessage());
                    }
                    out.flush();
                }
            }
            return failed == 0 ? 0 : Main.UNAVAILABLE;
        }
    }

    @Command(name = "list", description = "The inventories kept, their size and age.")
    static final class ListInventories implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<InventoryStore.Saved> saved = InventoryStore.inUserCache().loadAll();
            if (saved.isEmpty()) {
                out.println("no inventory kept yet: 'heliodeck inventory update' fetches them");
            }
            for (InventoryStore.Saved s : saved) {
                out.printf("%-14s %,9d nodes  fetched %s (%s ago)%n", s.provider(), s.nodes().size(), s.fetched(),
                        age(Duration.between(s.fetched(), Instant.now())));
            }
            out.flush();
            return 0;
        }
    }

    static String age(Duration d) {
        return d.toDays() > 0 ? d.toDays() + " d" : d.toHours() > 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
