package org.heliodeck.data.inventory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.hapi.HapiInfo;
import org.heliodeck.formats.hapi.HapiInfoJson;
import org.heliodeck.formats.hapi.HapiParameter;

/**
 * The inventory of a HAPI server: one dataset node per entry of its {@code /catalog}, and, for the
 * datasets whose {@code /info} is known, its cadence, coverage and one node per parameter. A catalog
 * alone is one request; infos are one request each, so a provider may know only some of them.
 */
public final class HapiCatalogInventory {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HapiCatalogInventory() {}

    /**
     * The nodes of a catalog and of the infos known for its datasets.
     *
     * @param provider the provider's name, e.g. {@code cdaweb-hapi}
     * @param catalogJson the {@code /catalog} answer
     * @param infos dataset id → its info; datasets missing here get a node without dates or parameters
     * @param source where the catalog comes from, for messages
     * @throws DataFormatException when the catalog is not a HAPI catalog, or an info's dates are not times
     */
    public static List<InventoryNode> read(String provider, String catalogJson, Map<String, HapiInfo> infos, String source) {
        JsonNode catalog = tree(catalogJson, source).path("catalog");
        if (!catalog.isArray()) {
            throw new DataFormatException(source, "", "not a HAPI catalog: it has no 'catalog' array");
        }
        List<InventoryNode> nodes = new ArrayList<>(catalog.size());
        for (JsonNode entry : catalog) {
            String id = entry.path("id").asText("");
            if (id.isEmpty()) {
                throw new DataFormatException(source, "catalog entry " + nodes.size(), "a dataset without an id");
            }
            String title = entry.path("title").asText("");
            HapiInfo info = infos.get(id);
            if (info == null) {
                nodes.add(new InventoryNode(provider, id, NodeKind.DATASET, id, id, title, "", null, null, "", List.of(),
                        Map.of()));
            } else {
                addDataset(provider, id, title, info, source, nodes);
            }
        }
        return nodes;
    }

    /**
     * The infos of a file holding many: a JSON array of {@code {"id": ..., "info": {...}}}, as HAPI
     * servers' bulk "all" dumps are written.
     *
     * @throws DataFormatException when it is not such an array or an info is not a HAPI info
     */
    public static Map<String, HapiInfo> readInfos(String json, String source) {
        JsonNode root = tree(json, source);
        if (!root.isArray()) {
            throw new DataFormatException(source, "", "not a list of HAPI infos: the document is not a JSON array");
        }
        Map<String, HapiInfo> infos = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode entry : root) {
            String id = entry.path("id").asText("");
            JsonNode info = entry.path("info");
            if (id.isEmpty() || !info.isObject()) {
                throw new DataFormatException(source, "entry " + index, "an entry without an 'id' and an 'info' object");
            }
            infos.put(id, HapiInfoJson.parse(info.toString(), source, "info of " + id));
            index++;
        }
        return infos;
    }

    private static void addDataset(String provider, String id, String title, HapiInfo info, String source,
            List<InventoryNode> nodes) {
        String where = "info of " + id;
        Duration cadence = info.text("cadence").flatMap(Cadences::iso).orElse(null);
        TimeRange coverage = coverage(info, source, where);
        String description = info.text("description").orElse(title);
        Map<String, String> extra = new LinkedHashMap<>();
        for (String key : List.of("resourceURL", "contact", "resourceID", "x_datasetTitle")) {
            info.text(key).ifPresent(value -> extra.put(key, value));
        }
        nodes.add(new InventoryNode(provider, id, NodeKind.DATASET, id, id, description, "", cadence, coverage, "",
                List.of(), extra));
        List<HapiParameter> parameters = info.parameters();
        // The first parameter is the time axis every HAPI dataset has: nobody plots it on its own.
        for (HapiParameter p : parameters.subList(Math.min(1, parameters.size()), parameters.size())) {
            String desc = p.description().orElse("");
            String frame = member(p, "coordinateSystemName").orElseGet(() -> CoordinateSystems.find(p.name(), "", desc));
            nodes.add(new InventoryNode(provider, id + "/" + p.name(), NodeKind.PARAMETER, p.name(), p.name(), desc,
                    units(p), cadence, coverage, frame, p.label().size() > 1 ? p.label() : List.of(),
                    Map.of("type", p.type())));
        }
    }

    private static TimeRange coverage(HapiInfo info, String source, String where) {
        if (info.startDate().isEmpty() || info.stopDate().isEmpty()) {
            return null;
        }
        try {
            return new TimeRange(Tt2000.parse(info.startDate().get()), Tt2000.parse(info.stopDate().get()));
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, where, "its startDate and stopDate are not a time range: " + e.getMessage(), e);
        }
    }

    /** HAPI units: one string, or one per component; blanks mean dimensionless. */
    private static String units(HapiParameter p) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String u : p.units()) {
            if (u != null && !u.isBlank()) {
                distinct.add(u.strip());
            }
        }
        return String.join(", ", distinct);
    }

    private static Optional<String> member(HapiParameter p, String name) {
        String json = p.extras().get(name);
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode value = MAPPER.readTree(json);
            return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static JsonNode tree(String json, String source) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new DataFormatException(source, "", "not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
