package org.heliodeck.catalog;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * @param folder where the catalog sits in the browser's tree: folder names from the outermost, joined
 *     by {@code /}, empty for the top; neither tscat nor AMDA's files have folders, so files carry it as
 *     the custom attribute {@value #FOLDER} (an AMDA time table's {@code folder:} description line)
 * @param predicate the rule of a dynamic catalog
 */
public record Catalog(UUID uuid, String name, String author, List<String> tags, String description, String folder,
        Map<String, AttributeValue> attributes, Optional<Predicate> predicate, Instant created, Instant modified) {

    /** The attribute a catalog file carries the description in. */
    public static final String DESCRIPTION = "description";

    /** The attribute a catalog file carries the folder in. */
    public static final String FOLDER = "folder";

    public Catalog {
        CatalogueRecord checked = new CatalogueRecord(uuid, name, author, tags, Optional.empty(), List.of(), attributes);
        tags = checked.tags();
        attributes = checked.attributes();
        for (String field : List.of(DESCRIPTION, FOLDER)) {
            if (attributes.containsKey(field)) {
                throw new IllegalArgumentException("catalog '" + name + "': '" + field + "' is a field, not a custom attribute");
            }
        }
        if (description == null || folder == null || predicate == null || created == null || modified == null) {
            throw new IllegalArgumentException("catalog '" + name + "': description, folder, predicate, created and modified are required");
        }
        folder = folderPath(folder);
    }

    /**
     * A folder as the store keeps it: names stripped of surrounding blanks and joined by {@code /},
     * empty names dropped, so that {@code " Solar wind / ICMEs/"} is {@code "Solar wind/ICMEs"}.
     */
    public static String folderPath(String folder) {
        return Arrays.stream(folder.split("/")).map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.joining("/"));
    }

    /** The names of the folders from the outermost to the catalog's own; empty at the top. */
    public List<String> folders() {
        return folder.isEmpty() ? List.of() : List.of(folder.split("/"));
    }

    /** A new static catalog with a random uuid and nothing but a name. */
    public static Catalog named(String name, Instant now) {
        return new Catalog(UUID.randomUUID(), name, "", List.of(), "", "", Map.of(), Optional.empty(), now, now);
    }

    /**
     * The catalog a catalogue of a file describes; text attributes {@value #DESCRIPTION} and
     * {@value #FOLDER} become the description and the folder.
     *
     * @throws IllegalArgumentException when its predicate is not one this module understands
     */
    public static Catalog of(CatalogueRecord record, Instant now) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(record.attributes());
        String description = takeText(attributes, DESCRIPTION);
        String folder = takeText(attributes, FOLDER);
        Optional<Predicate> predicate = record.predicate().map(json -> {
            try {
                return PredicateJson.read(json);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalogue '" + record.name() + "': " + e.getMessage(), e);
            }
        });
        return new Catalog(record.uuid(), record.name(), record.author(), record.tags(), description, folder, attributes, predicate,
                now, now);
    }

    /** Removes a text attribute and gives its text; empty when there is no such text attribute. */
    private static String takeText(Map<String, AttributeValue> attributes, String name) {
        if (attributes.get(name) instanceof AttributeValue.TextValue(String text)) {
            attributes.remove(name);
            return text;
        }
        return "";
    }

    /** The catalogue of a catalog file, listing the given events. */
    public CatalogueRecord toRecord(List<UUID> events) {
        Map<String, AttributeValue> all = new LinkedHashMap<>(attributes);
        if (!description.isEmpty()) {
            all.put(DESCRIPTION, AttributeValue.text(description));
        }
        if (!folder.isEmpty()) {
            all.put(FOLDER, AttributeValue.text(folder));
        }
        return new CatalogueRecord(uuid, name, author, tags, predicate.map(PredicateJson::write), events, all);
    }

    public boolean dynamic() {
        return predicate.isPresent();
    }

    public Catalog withName(String value) {
        return new Catalog(uuid, value, author, tags, description, folder, attributes, predicate, created, modified);
    }

    public Catalog withAuthor(String value) {
        return new Catalog(uuid, name, value, tags, description, folder, attributes, predicate, created, modified);
    }

    public Catalog withTags(List<String> value) {
        return new Catalog(uuid, name, author, value, description, folder, attributes, predicate, created, modified);
    }

    public Catalog withDescription(String value) {
        return new Catalog(uuid, name, author, tags, value, folder, attributes, predicate, created, modified);
    }

    /** @param value folder names joined by {@code /}, empty for the top */
    public Catalog withFolder(String value) {
        return new Catalog(uuid, name, author, tags, description, value, attributes, predicate, created, modified);
    }

    public Catalog withAttributes(Map<String, AttributeValue> value) {
        return new Catalog(uuid, name, author, tags, description, folder, value, predicate, created, modified);
    }

    public Catalog withPredicate(Optional<Predicate> value) {
        return new Catalog(uuid, name, author, tags, description, folder, attributes, value, created, modified);
    }

    /** A copy under a new uuid and name, created now. */
    public Catalog copy(String newName, Instant now) {
        return new Catalog(UUID.randomUUID(), newName, author, tags, description, folder, attributes, predicate, now, now);
    }

    Catalog withCreated(Instant value) {
        return new Catalog(uuid, name, author, tags, description, folder, attributes, predicate, value, modified);
    }

    Catalog withModified(Instant value) {
        return new Catalog(uuid, name, author, tags, description, folder, attributes, predicate, created, value);
    }
}
