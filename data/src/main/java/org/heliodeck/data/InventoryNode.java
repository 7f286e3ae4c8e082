package org.heliodeck.data;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.heliodeck.core.time.TimeRange;

/**
 * One node of the inventory tree shared by all providers: provider → mission/observatory →
 * instrument → dataset → parameter, with what a user searches on and what a plot needs to know.
 *
 * @param provider the provider's name, e.g. {@code cdaweb}, {@code amda}, {@code archive:omni2}
 * @param path the node's place in its provider's tree, segments joined by {@code /}
 *     (e.g. {@code ACE/MAG/AC_H2_MFI/Magnitude}); unique within the provider
 * @param id what the provider calls the node when asked for data (a dataset or parameter id), or
 *     empty for folders
 * @param cadence the time between records, when known
 * @param coverage the time span with data, when known
 * @param components labels of a vector's components, empty otherwise
 * @param extra anything else the provider says, by name
 */
public record InventoryNode(
        String provider,
        String path,
        NodeKind kind,
        String id,
        String name,
        String description,
        String units,
        Duration cadence,
        TimeRange coverage,
        String coordinateSystem,
        List<String> components,
        Map<String, String> extra) {

    public InventoryNode {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        units = units == null ? "" : units;
        coordinateSystem = coordinateSystem == null ? "" : coordinateSystem;
        components = List.copyOf(components);
        extra = Map.copyOf(extra);
    }

    /** The path of the node above this one, empty for a provider's top nodes. */
    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
