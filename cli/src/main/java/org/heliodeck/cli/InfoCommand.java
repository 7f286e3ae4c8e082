package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.Provider;
import org.heliodeck.data.Providers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck info PRODUCT}: what a provider, dataset or parameter is. */
@Command(name = "info", description = "Describe a provider, a dataset (PROVIDER/DATASET) or a parameter (PROVIDER/DATASET/PARAMETER).")
final class InfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PRODUCT")
    private String product;

    @Override
    public Integer call() throws IOException {
        String[] parts = product.split("/", 3);
        Provider provider = Providers.installed(UserDirectories.current().config()).require(parts[0]);
        List<InventoryNode> nodes = provider.inventory();
        String path = parts.length == 1 ? "" : parts.length == 2 ? parts[1] : parts[1] + "/" + parts[2];
        InventoryNode node = nodes.stream().filter(n -> n.path().equals(path) || n.kind() == NodeKind.DATASET && n.id().equals(path))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no product " + product + " in " + parts[0]
                        + " (try 'heliodeck search')"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s  (%s)%n", product, node.kind().name().toLowerCase());
        line(out, "name", node.name());
        line(out, "description", node.description());
        line(out, "units", node.units());
        line(out, "cadence", node.cadence() == null ? "" : node.cadence().toString());
        line(out, "coverage", node.coverage() == null ? "" : node.coverage().toString());
        line(out, "coordinates", node.coordinateSystem());
        line(out, "components", String.join(", ", node.components()));
        node.extra().forEach((k, v) -> line(out, k, v));
        List<InventoryNode> children = nodes.stream().filter(n -> n.parentPath().equals(node.path()) && n != node
                && !n.path().isEmpty()).toList();
        if (!children.isEmpty()) {
            String kind = node.kind() == NodeKind.PROVIDER ? "dataset" : "parameter";
            out.printf("%d %s%s:%n", children.size(), kind, children.size() == 1 ? "" : "s");
            for (InventoryNode c : children) {
                out.printf("  %-28s %-10s %s%n", c.id().isEmpty() ? c.name() : c.id(), c.units().isEmpty() ? "" : "[" + c.units() + "]",
                        c.description());
            }
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String key, String value) {
        if (!value.isEmpty()) {
            out.printf("  %-12s %s%n", key, value);
        }
    }
}
