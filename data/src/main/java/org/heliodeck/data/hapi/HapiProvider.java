package org.heliodeck.data.hapi;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.Provider;
import org.heliodeck.formats.hapi.HapiDataSetMapping;
import org.heliodeck.formats.hapi.HapiInfo;
import org.heliodeck.formats.hapi.HapiParameter;

/**
 * One HAPI server as a {@link Provider}, named after the server (e.g. {@code cdaweb-hapi}).
 *
 * <p>The inventory is built from {@code /catalog} alone: one dataset node per entry. A server such
 * as CDAWeb lists about 3,000 datasets, and asking each one's info would take thousands of
 * requests, so parameter nodes come from {@link #parameters(String)}, one info request for one
 * dataset, and {@link #inventory()} includes those of datasets whose info has been read already.
 */
public final class HapiProvider implements Provider {

    private final HapiClient client;

    public HapiProvider(HapiClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String name() {
        return client.server().name();
    }

    public HapiClient client() {
        return client;
    }

    /** A node per dataset of the catalog, followed by the parameters of those whose info is known. */
    @Override
    public List<InventoryNode> inventory() throws IOException {
        List<InventoryNode> nodes = new ArrayList<>();
        List<InventoryNode> parameters = new ArrayList<>();
        for (HapiCatalogEntry entry : client.catalog()) {
            Optional<HapiInfo> info = client.knownInfo(entry.id());
            nodes.add(datasetNode(entry.id(), entry.title(), info));
            info.ifPresent(i -> parameters.addAll(parameterNodes(entry.id(), i)));
        }
        nodes.addAll(parameters);
        return nodes;
    }

    /** The parameter nodes of {@code dataset} (all but the time), reading its info if needed. */
    public List<InventoryNode> parameters(String dataset) throws IOException {
        return parameterNodes(dataset, client.info(dataset));
    }

    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
            throws IOException {
        List<Variable> read = HapiDataSetMapping.toDataSet(client.data(dataset, parameters, range, context), dataset).variables();
        // The server answers in its info's order; the caller gets the order it asked for.
        return read.stream().sorted(Comparator.comparingInt(v -> {
            int asked = parameters.indexOf(v.name());
            return asked < 0 ? Integer.MAX_VALUE : asked;
        })).toList();
    }

    private InventoryNode datasetNode(String id, Optional<String> title, Optional<HapiInfo> info) {
        Optional<String> description = info.flatMap(i -> i.text("description"));
        return new InventoryNode(name(), id, NodeKind.DATASET, id, title.orElse(id), description.orElse(""), "",
                info.flatMap(HapiProvider::cadence).orElse(null), info.flatMap(HapiClient::coverage).orElse(null),
                "", List.of(), Map.of());
    }

    private List<InventoryNode> parameterNodes(String dataset, HapiInfo info) {
        Duration cadence = cadence(info).orElse(null);
        TimeRange coverage = HapiClient.coverage(info).orElse(null);
        List<InventoryNode> nodes = new ArrayList<>();
        for (HapiParameter p : info.parameters().subList(1, info.parameters().size())) {
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("type", p.type());
            if (!p.size().isEmpty()) {
                extra.put("size", p.size().toString());
            }
            p.fill().ifPresent(f -> extra.put("fill", f));
            // Labels name a vector's components only when there is one per element of a 1-D parameter.
            List<String> components = p.size().size() == 1 && p.label().size() == p.size().getFirst()
                    ? p.label() : List.of();
            nodes.add(new InventoryNode(name(), dataset + "/" + p.name(), NodeKind.PARAMETER, p.name(), p.name(),
                    p.description().orElse(""), p.units().isEmpty() ? "" : p.units().getFirst(), cadence, coverage,
                    "", components, extra));
        }
        return nodes;
    }

    private static Optional<Duration> cadence(HapiInfo info) {
        return info.text("cadence").flatMap(IsoDurations::parse);
    }

    @Override
    public String toString() {
        return "HapiProvider[" + client.server() + "]";
    }
}
