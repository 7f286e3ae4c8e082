package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.inventory.Filters;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.InventoryStore;
import org.heliodeck.data.inventory.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck search TEXT}: find products by name, description, mission, units… */
@Command(
        name = "search",
        description = {
            "Search the products Heliodeck knows: registered archives and the inventories kept in the cache",
            "('heliodeck inventory update' fetches them).",
            "Typo-tolerant; the last word matches as a prefix. Never waits on the network."
        },
        footer = {"", "Examples:", "  heliodeck search solar wind density", "  heliodeck search --covering 2003-10-28/2003-11-02 dst"})
final class SearchCommand implements Callable<Integer> {

    private static final Duration STALE = Duration.ofDays(30);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    private List<String> words;

    @Option(names = "--provider", paramLabel = "NAME", description = "Only this provider's products.")
    private String provider;

    @Option(names = "--covering", paramLabel = "START/STOP", description = "Only products with data over this whole range.")
    private String covering;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "How many results (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() throws IOException {
        List<InventoryNode> nodes = new ArrayList<>();
        Map<String, Path> archives = new ArchiveRegistry(UserDirectories.current().config()).archives();
        for (Map.Entry<String, Path> archive : archives.entrySet()) {
            try {
                nodes.addAll(LocalArchive.open(archive.getKey(), archive.getValue()).inventory());
            } catch (IllegalArgumentException | IOException unreadable) {
                spec.commandLine().getErr().println("heliodeck search: skipping archive " + archive.getKey() + ": " + unreadable.getMessage());
            }
        }
        // The desktop application keeps the archives' inventories too; here they were just read afresh.
        List<InventoryStore.Saved> kept = InventoryStore.inUserCache().loadAll().stream()
                .filter(saved -> !archives.containsKey(saved.provider()))
                .toList();
        kept.forEach(saved -> nodes.addAll(saved.nodes()));
        Filters filters = Filters.NONE.kinds(NodeKind.DATASET, NodeKind.PARAMETER);
        if (provider != null) {
            filters = filters.provider(provider);
        }
        if (covering != null) {
            filters = filters.covering(TimeRange.parse(covering));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (InventoryIndex index = InventoryIndex.of(nodes)) {
            List<SearchHit> hits = index.search(String.join(" ", words), filters, limit);
            if (hits.isEmpty()) {
                out.println(nodes.isEmpty() ? "nothing to search yet: register an archive with 'heliodeck archive add DIR'" : "no match");
            }
            for (SearchHit hit : hits) {
                InventoryNode n = hit.node();
                String product = n.kind() == NodeKind.PARAMETER ? n.provider() + "/" + n.path() : n.provider() + "/" + n.id();
                out.printf("%-48s %-10s %s%s%n", product, n.units().isEmpty() ? "" : "[" + n.units() + "]", n.description(),
                        n.coverage() == null ? "" : "  (" + n.coverage() + ")");
            }
        }
        if (kept.isEmpty()) {
            out.println("(only local archives searched: 'heliodeck inventory update' fetches the web services' inventories)");
        } else {
            Instant oldest = kept.stream().map(InventoryStore.Saved::fetched).min(Instant::compareTo).orElseThrow();
            if (oldest.isBefore(Instant.now().minus(STALE))) {
                out.printf("(inventories up to %s old: 'heliodeck inventory update' refreshes them)%n",
                        InventoryCommand.age(Duration.between(oldest, Instant.now())));
            }
        }
        out.flush();
        return 0;
    }
}
