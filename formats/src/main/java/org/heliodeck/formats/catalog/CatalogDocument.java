package org.heliodeck.formats.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a catalog file holds: catalogues, the events they refer to (an event may belong to several
 * catalogues, or to none), and attributes of the file itself. This is an exchange model, free of
 * storage concerns: the catalog module maps its own entities to and from it.
 *
 * @param catalogues in file order, uuids distinct
 * @param events in file order, uuids distinct; every uuid a catalogue lists is among them
 * @param attributes custom attributes of the whole file (tscat's unknown top-level keys)
 */
public record CatalogDocument(List<CatalogueRecord> catalogues, List<EventRecord> events, Map<String, AttributeValue> attributes) {

    public CatalogDocument {
        catalogues = List.copyOf(catalogues);
        events = List.copyOf(events);
        Set<UUID> eventIds = new HashSet<>();
        for (EventRecord event : events) {
            if (!eventIds.add(event.uuid())) {
                throw new IllegalArgumentException("event " + event.uuid() + " appears twice");
            }
        }
        Set<UUID> catalogueIds = new HashSet<>();
        for (CatalogueRecord catalogue : catalogues) {
            if (!catalogueIds.add(catalogue.uuid())) {
                throw new IllegalArgumentException("catalogue " + catalogue.uuid() + " appears twice");
            }
            for (UUID member : catalogue.events()) {
                if (!eventIds.contains(member)) {
                    throw new IllegalArgumentException("catalogue '" + catalogue.name() + "' (" + catalogue.uuid()
                            + "): event " + member + " listed in 'events' is not among the events");
                }
            }
        }
        attributes = Attributes.checkedCopy(attributes, Set.of("catalogues", "events"), () -> "the document");
    }

    /** A document of one catalogue and all its events. */
    public static CatalogDocument of(CatalogueRecord catalogue, List<EventRecord> events) {
        return new CatalogDocument(List.of(catalogue), events, Map.of());
    }

    public Optional<EventRecord> event(UUID uuid) {
        return events.stream().filter(e -> e.uuid().equals(uuid)).findFirst();
    }

    /** The events of a catalogue of this document, in the catalogue's order. */
    public List<EventRecord> eventsOf(CatalogueRecord catalogue) {
        Map<UUID, EventRecord> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.uuid(), e));
        return catalogue.events().stream().map(byId::get).toList();
    }

    /** This document cut down to one of its catalogues and that catalogue's events. */
    public CatalogDocument only(CatalogueRecord catalogue) {
        if (!catalogues.contains(catalogue)) {
            throw new IllegalArgumentException("catalogue '" + catalogue.name() + "' is not in this document");
        }
        return of(catalogue, eventsOf(catalogue));
    }
}
