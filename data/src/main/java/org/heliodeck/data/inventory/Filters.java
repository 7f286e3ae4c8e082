package org.heliodeck.data.inventory;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.NodeKind;

/**
 * What a search keeps, beside matching the text; {@code null} (or an empty set) means "any".
 *
 * @param provider a provider's name, exactly
 * @param mission a mission's name, in any case
 * @param kinds the node kinds kept
 * @param minCadence the shortest time between records kept (nodes of unknown cadence are dropped)
 * @param maxCadence the longest time between records kept (nodes of unknown cadence are dropped)
 * @param covers a range the node's data must span whole (nodes of unknown coverage are dropped)
 */
public record Filters(String provider, String mission, Set<NodeKind> kinds, Duration minCadence, Duration maxCadence,
        TimeRange covers) {

    public static final Filters NONE = new Filters(null, null, Set.of(), null, null, null);

    public Filters {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public Filters provider(String name) {
        return new Filters(name, mission, kinds, minCadence, maxCadence, covers);
    }

    public Filters mission(String name) {
        return new Filters(provider, name, kinds, minCadence, maxCadence, covers);
    }

    public Filters kinds(NodeKind first, NodeKind... more) {
        return new Filters(provider, mission, EnumSet.of(first, more), minCadence, maxCadence, covers);
    }

    public Filters cadenceBetween(Duration shortest, Duration longest) {
        return new Filters(provider, mission, kinds, shortest, longest, covers);
    }

    public Filters covering(TimeRange range) {
        return new Filters(provider, mission, kinds, minCadence, maxCadence, range);
    }
}
