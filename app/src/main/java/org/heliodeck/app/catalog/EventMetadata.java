package org.heliodeck.app.catalog;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.time.Instant;
import org.heliodeck.app.Product;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * What an event drawn on the panels says of itself: the author of the preferences, the products
 * shown, and the missions of those products (the top folder of their dataset in the provider's
 * inventory) as the attribute {@value #MISSIONS}. The creation time is the store's. Reads
 * inventories: off the FX thread.
 */
public final class EventMetadata {

    /** The attribute listing the missions of the products an event was seen in. */
    public static final String MISSIONS = "missions";

    private EventMetadata() {}

    public static Event of(TimeRange interval, String author, List<Product> products, ProviderLookup providers) {
        Set<String> missions = new LinkedHashSet<>();
        for (Product p : products) {
            try {
                providers.require(p.provider()).inventory().stream()
                        .filter(n -> n.kind() == NodeKind.DATASET && n.id().equals(p.dataset()))
                        .map(EventMetadata::mission)
                        .filter(m -> !m.isEmpty())
                        .findFirst()
                        .ifPresent(missions::add);
            } catch (IOException | RuntimeException e) {
                // The mission is a convenience: an event without it is still the event the user drew.
            }
        }
        Map<String, AttributeValue> attributes = missions.isEmpty() ? Map.of()
                : Map.of(MISSIONS, AttributeValue.list(missions.stream().map(AttributeValue::text).toList()));
        Instant now = Instant.now();
        return new Event(UUID.randomUUID(), interval.start(), interval.stop(), author, List.of(),
                products.stream().map(Product::toString).distinct().toList(), OptionalInt.empty(), attributes, now, now);
    }

    private static String mission(InventoryNode dataset) {
        int slash = dataset.path().indexOf('/');
        return slash > 0 ? dataset.path().substring(0, slash) : "";
    }
}
