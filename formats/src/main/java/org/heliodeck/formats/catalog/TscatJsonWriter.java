package org.heliodeck.formats.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes tscat's JSON export shape, which tscat's {@code import_json} reads: times as ISO 8601 with
 * an explicit {@code +00:00}, attributes beside the fields, catalogues listing their events by uuid.
 */
final class TscatJsonWriter {

    private TscatJsonWriter() {}

    static void write(CatalogDocument document, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonGenerator out = AttributeJson.MAPPER.createGenerator(text).useDefaultPrettyPrinter()) {
            out.writeStartObject();
            out.writeArrayFieldStart("catalogues");
            for (CatalogueRecord catalogue : document.catalogues()) {
                catalogue(out, catalogue);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("events");
            for (EventRecord event : document.events()) {
                event(out, event);
            }
            out.writeEndArray();
            attributes(out, document.attributes());
            out.writeEndObject();
        }
    }

    private static void catalogue(JsonGenerator out, CatalogueRecord catalogue) throws IOException {
        out.writeStartObject();
        out.writeStringField("uuid", catalogue.uuid().toString());
        out.writeStringField("name", catalogue.name());
        out.writeStringField("author", catalogue.author());
        labels(out, "tags", catalogue.tags());
        out.writeFieldName("predicate");
        if (catalogue.predicate().isPresent()) {
            out.writeTree(predicateTree(catalogue));
        } else {
            out.writeNull();
        }
        attributes(out, catalogue.attributes());
        out.writeArrayFieldStart("events");
        for (UUID member : catalogue.events()) {
            out.writeString(member.toString());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static JsonNode predicateTree(CatalogueRecord catalogue) {
        try {
            return AttributeJson.MAPPER.readTree(catalogue.predicate().orElseThrow());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("catalogue '" + catalogue.name() + "': the predicate is not JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static void event(JsonGenerator out, EventRecord event) throws IOException {
        out.writeStartObject();
        out.writeStringField("uuid", event.uuid().toString());
        out.writeStringField("start", CatalogTimeText.tscat(event.start()));
        out.writeStringField("stop", CatalogTimeText.tscat(event.stop()));
        out.writeStringField("author", event.author());
        labels(out, "tags", event.tags());
        labels(out, "products", event.products());
        out.writeFieldName("rating");
        if (event.rating().isPresent()) {
            out.writeNumber(event.rating().getAsInt());
        } else {
            out.writeNull();
        }
        attributes(out, event.attributes());
        out.writeEndObject();
    }

    private static void labels(JsonGenerator out, String field, List<String> labels) throws IOException {
        out.writeArrayFieldStart(field);
        for (String label : labels) {
            out.writeString(label);
        }
        out.writeEndArray();
    }

    private static void attributes(JsonGenerator out, Map<String, AttributeValue> attributes) throws IOException {
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            out.writeFieldName(attribute.getKey());
            AttributeJson.write(out, attribute.getValue());
        }
    }
}
