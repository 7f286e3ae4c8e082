package org.heliodeck.data.csa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;

/**
 * The CSA inventory tree made of two TAP answers: the rows of {@code csa.v_dataset} and of
 * {@code csa.v_parameter}. Datasets hang under mission → observatory → instrument, as their
 * {@code mission_name}, {@code observatories} and {@code instruments} columns say; parameters under
 * their dataset, with the dataset's coverage and cadence ({@code time_resolution}, in seconds).
 * Parameters of datasets not listed (not time series in ISTP CDF) are left out.
 */
final class CsaInventory {

    /** Where a dataset does not name its mission, observatory or instrument. */
    static final String UNNAMED = "MULTIPLE";

    /** The v_dataset columns kept, by name, in a dataset node's {@code extra}. */
    private static final List<String> DATASET_EXTRA = List.of("title", "processing_level", "dataset_type", "date_last_update",
            "measurement_type", "experiments");
    /** The v_parameter columns kept in a parameter node's {@code extra}. */
    private static final List<String> PARAMETER_EXTRA = List.of("value_type", "fill_value", "dimension_size",
            "data_type", "entity", "property", "quantity");

    private CsaInventory() {}

    static List<InventoryNode> nodes(String provider, VoTable datasets, VoTable parameters) {
        Map<String, InventoryNode> folders = new LinkedHashMap<>();
        Map<String, InventoryNode> byDataset = new LinkedHashMap<>();
        folders.put("", new InventoryNode(provider, "", NodeKind.PROVIDER, "", provider,
                "ESA Cluster Science Archive (Cluster, Double Star)", "", null, null, "", List.of(), Map.of()));
        for (Map<String, String> row : datasets.rows()) {
            String id = VoTable.cell(row, "dataset_id");
            if (id.isEmpty() || byDataset.containsKey(id)) {
                continue;
            }
            String mission = segment(VoTable.cell(row, "mission_name"));
            String observatory = mission + "/" + segment(VoTable.cell(row, "observatories"));
            String instrument = observatory + "/" + segment(VoTable.cell(row, "instruments"));
            folder(folders, provider, mission, NodeKind.MISSION);
            folder(folders, provider, observatory, NodeKind.MISSION);
            folder(folders, provider, instrument, NodeKind.INSTRUMENT);
            Map<String, String> extra = new HashMap<>();
            for (String column : DATASET_EXTRA) {
                if (!VoTable.cell(row, column).isEmpty()) {
                    extra.put(column, VoTable.cell(row, column));
                }
            }
            String title = VoTable.cell(row, "title");
            byDataset.put(id, new InventoryNode(provider, instrument + "/" + segment(id), NodeKind.DATASET, id,
                    id, description(VoTable.cell(row, "description"), title), "", cadence(row), coverage(row), "",
                    List.of(), extra));
        }
        List<InventoryNode> nodes = new ArrayList<>(folders.values());
        Map<String, List<InventoryNode>> children = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, String> row : parameters.rows()) {
            String datasetId = VoTable.cell(row, "dataset_id");
            String id = VoTable.cell(row, "parameter_id");
            InventoryNode dataset = byDataset.get(datasetId);
            if (dataset == null || id.isEmpty() || !seen.add(datasetId + "/" + id)) {
                continue;
            }
            Map<String, String> extra = new HashMap<>();
            for (String column : PARAMETER_EXTRA) {
                if (!VoTable.cell(row, column).isEmpty()) {
                    extra.put(column, VoTable.cell(row, column));
                }
            }
            String caption = VoTable.cell(row, "caption");
            children.computeIfAbsent(datasetId, k -> new ArrayList<>()).add(new InventoryNode(provider,
                    dataset.path() + "/" + segment(id), NodeKind.PARAMETER, id, caption.isEmpty() ? id : caption,
                    description(VoTable.cell(row, "description"), caption), VoTable.cell(row, "units"),
                    dataset.cadence(), dataset.coverage(), VoTable.cell(row, "coordinate_system"), List.of(), extra));
        }
        for (InventoryNode dataset : byDataset.values()) {
            nodes.add(dataset);
            nodes.addAll(children.getOrDefault(dataset.id(), List.of()));
        }
        return nodes;
    }

    private static void folder(Map<String, InventoryNode> folders, String provider, String path, NodeKind kind) {
        folders.computeIfAbsent(path, p -> {
            String name = p.substring(p.lastIndexOf('/') + 1);
            return new InventoryNode(provider, p, kind, "", name, "", "", null, null, "", List.of(), Map.of());
        });
    }

    /** A path segment: never empty, never holding the path separator. */
    private static String segment(String name) {
        return name.isBlank() ? UNNAMED : name.strip().replace('/', '-');
    }

    private static String description(String description, String fallback) {
        return description.isEmpty() ? fallback : description;
    }

    /** {@code time_resolution} in seconds; none when absent, not a number or not positive. */
    private static Duration cadence(Map<String, String> row) {
        try {
            double seconds = Double.parseDouble(VoTable.cell(row, "time_resolution"));
            return seconds > 0 && seconds < 1e12 ? Duration.ofNanos(Math.round(seconds * 1e9)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** From {@code start_date} to {@code end_date}; none when either is missing or unreadable. */
    private static TimeRange coverage(Map<String, String> row) {
        try {
            long start = Tt2000.parse(VoTable.cell(row, "start_date"));
            long stop = Tt2000.parse(VoTable.cell(row, "end_date"));
            return start <= stop ? new TimeRange(start, stop) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
