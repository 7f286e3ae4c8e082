package org.heliodeck.formats.catalog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One catalogue of a catalog file: a named set of events, as tscat defines it.
 *
 * @param name not empty
 * @param author empty when the file does not say
 * @param tags free labels without commas
 * @param predicate for a dynamic catalogue, its selection rule as the JSON text tscat stores, kept
 *     verbatim: evaluating it is the catalog module's business
 * @param events the uuids of the events assigned to the catalogue, in file order, each once
 * @param attributes custom attributes in file order
 */
public record CatalogueRecord(UUID uuid, String name, String author, List<String> tags, Optional<String> predicate,
        List<UUID> events, Map<String, AttributeValue> attributes) {

    /** The keys tscat reserves for a catalogue's fields. */
    public static final Set<String> FIELDS = Set.of("uuid", "name", "author", "tags", "predicate", "events");

    public CatalogueRecord {
        if (uuid == null) {
            throw new IllegalArgumentException("a catalogue has no uuid");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("catalogue " + uuid + ": name is empty");
        }
        Supplier<String> owner = () -> "catalogue '" + name + "' (" + uuid + ")";
        if (author == null) {
            throw new IllegalArgumentException(owner.get() + ": author is missing (use an empty string for none)");
        }
        tags = EventRecord.commaFreeCopy(tags, owner, "tag");
        Set<UUID> distinct = new LinkedHashSet<>(events);
        if (distinct.size() != events.size()) {
            throw new IllegalArgumentException(owner.get() + ": an event is listed twice in 'events'");
        }
        events = List.copyOf(events);
        attributes = Attributes.checkedCopy(attributes, FIELDS, owner);
    }

    public static Builder builder(UUID uuid, String name) {
        return new Builder(uuid, name);
    }

    /** Gathers a catalogue's parts as a reader meets them. */
    public static final class Builder {
        private final UUID uuid;
        private final String name;
        private String author = "";
        private List<String> tags = List.of();
        private Optional<String> predicate = Optional.empty();
        private List<UUID> events = List.of();
        private final Map<String, AttributeValue> attributes = new LinkedHashMap<>();

        private Builder(UUID uuid, String name) {
            this.uuid = uuid;
            this.name = name;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder predicate(Optional<String> value) {
            predicate = value;
            return this;
        }

        public Builder events(List<UUID> value) {
            events = value;
            return this;
        }

        public Builder attribute(String name, AttributeValue value) {
            attributes.put(name, value);
            return this;
        }

        public CatalogueRecord build() {
            return new CatalogueRecord(uuid, name, author, tags, predicate, events, attributes);
        }
    }
}
