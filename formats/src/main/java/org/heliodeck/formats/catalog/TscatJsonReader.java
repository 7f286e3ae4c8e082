package org.heliodeck.formats.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.Tt2000;

/**
 * Reads tscat's JSON export: {@code {"catalogues": [{…, "events": [uuid…]}], "events": [{…}]}},
 * where an event's or a catalogue's custom attributes sit beside its fields. Keys that are no field
 * become attributes, at every level, so that nothing of the file is dropped but null attributes.
 */
final class TscatJsonReader {

    private final CatalogSource source;

    private TscatJsonReader(CatalogSource source) {
        this.source = source;
    }

    static CatalogDocument read(Path file) throws IOException {
        CatalogSource source = new CatalogSource(file.toString());
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = AttributeJson.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DataFormatException(source.name(), location, "not JSON: " + e.getOriginalMessage(), e);
        }
        return new TscatJsonReader(source).document(root);
    }

    private CatalogDocument document(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw source.problem("", "the top level is not a JSON object {\"catalogues\": […], \"events\": […]}");
        }
        List<EventRecord> events = new ArrayList<>();
        JsonNode eventNodes = array(root, "events", "events");
        for (int i = 0; i < eventNodes.size(); i++) {
            events.add(event(eventNodes.get(i), "events[" + i + "]"));
        }
        Set<UUID> eventIds = new HashSet<>();
        events.forEach(e -> eventIds.add(e.uuid()));
        List<CatalogueRecord> catalogues = new ArrayList<>();
        JsonNode catalogueNodes = array(root, "catalogues", "catalogues");
        for (int i = 0; i < catalogueNodes.size(); i++) {
            catalogues.add(catalogue(catalogueNodes.get(i), "catalogues[" + i + "]", eventIds));
        }
        Map<String, AttributeValue> attributes = attributes(root, Set.of("catalogues", "events"), "the top level");
        return source.checked("", () -> new CatalogDocument(catalogues, events, attributes));
    }

    private EventRecord event(JsonNode node, String where) {
        requireObject(node, where);
        UUID uuid = uuid(node, where);
        String at = where + " (uuid " + uuid + ")";
        long start = time(node, "start", at);
        long stop = time(node, "stop", at);
        EventRecord.Builder event = EventRecord.builder(uuid, start, stop)
                .author(text(node, "author", at))
                .tags(labels(node, "tags", at))
                .products(labels(node, "products", at))
                .rating(rating(node, at));
        Map<String, AttributeValue> attributes = attributes(node, EventRecord.FIELDS, at);
        attributes.forEach(event::attribute);
        return source.checked(at, event::build);
    }

    private CatalogueRecord catalogue(JsonNode node, String where, Set<UUID> eventIds) {
        requireObject(node, where);
        UUID uuid = uuid(node, where);
        String at = where + " (uuid " + uuid + ")";
        JsonNode memberNodes = array(node, "events", at + ".events");
        List<UUID> members = new ArrayList<>(memberNodes.size());
        for (int j = 0; j < memberNodes.size(); j++) {
            String memberAt = at + ".events[" + j + "]";
            JsonNode member = memberNodes.get(j);
            UUID id = source.checked(memberAt, () -> UuidText.parse(member.isTextual() ? member.textValue() : member.toString()));
            if (!eventIds.contains(id)) {
                throw source.problem(memberAt, "event " + id + " is not among the file's events");
            }
            members.add(id);
        }
        JsonNode predicate = node.get("predicate");
        CatalogueRecord.Builder catalogue = CatalogueRecord.builder(uuid, text(node, "name", at))
                .author(text(node, "author", at))
                .tags(labels(node, "tags", at))
                .predicate(predicate == null || predicate.isNull() ? Optional.empty() : Optional.of(predicate.toString()))
                .events(members);
        Map<String, AttributeValue> attributes = attributes(node, CatalogueRecord.FIELDS, at);
        attributes.forEach(catalogue::attribute);
        return source.checked(at, catalogue::build);
    }

    private Map<String, AttributeValue> attributes(JsonNode node, Set<String> fields, String at) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            if (!fields.contains(entry.getKey()) && !entry.getValue().isNull()) {
                String what = "attribute '" + entry.getKey() + "'";
                attributes.put(entry.getKey(), source.checked(at, () -> AttributeJson.read(entry.getValue(), what)));
            }
        });
        return attributes;
    }

    private UUID uuid(JsonNode node, String where) {
        JsonNode value = node.get("uuid");
        if (value == null || !value.isTextual()) {
            throw source.problem(where, "'uuid' is missing or not a string");
        }
        return source.checked(where, () -> UuidText.parse(value.textValue()));
    }

    private long time(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw source.problem(at, "'" + field + "' is missing or not a string");
        }
        return source.checked(at, "'" + field + "': ", () -> Tt2000.parse(value.textValue()));
    }

    /** A text field; absent or null reads as empty, since tscat exports may leave an author out. */
    private String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw source.problem(at, "'" + field + "' is not a string: " + value);
        }
        return value.textValue();
    }

    private List<String> labels(JsonNode node, String field, String at) {
        JsonNode values = array(node, field, at + "." + field);
        List<String> labels = new ArrayList<>(values.size());
        for (JsonNode value : values) {
            if (!value.isTextual()) {
                throw source.problem(at, "'" + field + "' holds " + value + ", not a string");
            }
            labels.add(value.textValue());
        }
        return labels;
    }

    private OptionalInt rating(JsonNode node, String at) {
        JsonNode value = node.get("rating");
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isInt()) {
            throw source.problem(at, "'rating' is not an integer: " + value);
        }
        return OptionalInt.of(value.intValue());
    }

    /** The array under a key, empty when the key is absent or null. */
    private JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return AttributeJson.MAPPER.createArrayNode();
        }
        if (!value.isArray()) {
            throw source.problem(where, "'" + field + "' is not an array");
        }
        return value;
    }

    private void requireObject(JsonNode node, String where) {
        if (!node.isObject()) {
            throw source.problem(where, "not a JSON object: " + node);
        }
    }
}
