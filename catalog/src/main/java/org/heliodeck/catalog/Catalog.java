package org.heliodeck.catalog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.heliodeck.catalog.predicate.Predicate;
import org.heliodeck.catalog.predicate.PredicateJson;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.formats.catalog.CatalogueRecord;

/**
 * A catalog: a named set of events, tscat's catalogue plus a description. Its events are those
 * assigned to it and, for a dynamic catalog, those matching its predicate.
 *
 * @param name not blank; unique among the catalogs of a store that are not removed
 * @param description free text, empty for none; tscat has no such field, so files carry it as the
 *     custom attribute {@value #DESCRIPTION}
 * @param predicate the rule of a dynamic catalog
 */
public record Catalog(UUID uuid, String name, String author, List<String> tags, String description,
        Map<String, AttributeValue> attributes, Optional<Predicate> predicate, Instant created, Instant modified) {

    /** The attribute a catalog file carries the description in. */
    public static final String DESCRIPTION = "description";

    public Catalog {
        CatalogueRecord checked = new CatalogueRecord(uuid, name, author, tags, Optional.empty(), List.of(), attributes);
        tags = checked.tags();
        attributes = checked.attributes();
        if (attributes.containsKey(DESCRIPTION)) {
            throw new IllegalArgumentException("catalog '" + name + "': '" + DESCRIPTION + "' is a field, not a custom attribute");
        }
        if (description == null || predicate == null || created == null || modified == null) {
            throw new IllegalArgumentException("catalog '" + name + "': description, predicate, created and modified are required");
        }
    }

    /** A new static catalog with a random uuid and nothing but a name. */
    public static Catalog named(String name, Instant now) {
        return new Catalog(UUID.randomUUID(), name, "", List.of(), "", Map.of(), Optional.empty(), now, now);
    }

    /**
     * The catalog a catalogue of a file describes; a text attribute {@value #DESCRIPTION} becomes the
     * description.
     *
     * @throws IllegalArgumentException when its predicate is not one this module understands
     */
    public static Catalog of(CatalogueRecord record, Instant now) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(record.attributes());
        String description = attributes.get(DESCRIPTION) instanceof AttributeValue.TextValue(String text) ? text : "";
        if (attributes.get(DESCRIPTION) instanceof AttributeValue.TextValue) {
            attributes.remove(DESCRIPTION);
        }
        Optional<Predicate> predicate = record.predicate().map(json -> {
            try {
                return PredicateJson.read(json);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalogue '" + record.name() + "': " + e.getMessage(), e);
            }
        });
        return new Catalog(record.uuid(), record.name(), record.author(), record.tags(), description, attributes, predicate,
                now, now);
    }

    /** The catalogue of a catalog file, listing the given events. */
    public CatalogueRecord toRecord(List<UUID> events) {
        Map<String, AttributeValue> all = new LinkedHashMap<>(attributes);
        if (!description.isEmpty()) {
            all.put(DESCRIPTION, AttributeValue.text(description));
        }
        return new CatalogueRecord(uuid, name, author, tags, predicate.map(PredicateJson::write), events, all);
    }

    public boolean dynamic() {
        return predicate.isPresent();
    }

    public Catalog withName(String value) {
        return new Catalog(uuid, value, author, tags, description, attributes, predicate, created, modified);
    }

    public Catalog withAuthor(String value) {
        return new Catalog(uuid, name, value, tags, description, attributes, predicate, created, modified);
    }

    public Catalog withTags(List<String> value) {
        return new Catalog(uuid, name, author, value, description, attributes, predicate, created, modified);
    }

    public Catalog withDescription(String value) {
        return new Catalog(uuid, name, author, tags, value, attributes, predicate, created, modified);
    }

    public Catalog withAttributes(Map<String, AttributeValue> value) {
        return new Catalog(uuid, name, author, tags, description, value, predicate, created, modified);
    }

    public Catalog withPredicate(Optional<Predicate> value) {
        return new Catalog(uuid, name, author, tags, description, attributes, value, created, modified);
    }

    /** A copy under a new uuid and name, created now. */
    public Catalog copy(String newName, Instant now) {
        return new Catalog(UUID.randomUUID(), newName, author, tags, description, attributes, predicate, now, now);
    }

    Catalog withCreated(Instant value) {
        return new Catalog(uuid, name, author, tags, description, attributes, predicate, value, modified);
    }

    Catalog withModified(Instant value) {
        return new Catalog(uuid, name, author, tags, description, attributes, predicate, created, value);
    }
}
