package org.heliodeck.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * The JSON of the store's list and attribute columns. Attributes keep their type beside their value
 * ({@code {"bmax": {"type": "real", "value": 21.5}}}) so that a time stays a time and an integer an
 * integer; non-finite reals are written as text, which JSON numbers cannot hold.
 */
final class StoredJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoredJson() {}

    static String strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    static List<String> strings(String json) {
        if (json.equals("[]")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        parse(json).forEach(n -> values.add(n.asText()));
        return values;
    }

    static String attributes(Map<String, AttributeValue> attributes) {
        ObjectNode object = NODES.objectNode();
        attributes.forEach((name, value) -> object.set(name, typed(value)));
        return object.toString();
    }

    static Map<String, AttributeValue> attributes(String json) {
        if (json.equals("{}")) {
            return Map.of();
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        parse(json).properties().forEach(e -> attributes.put(e.getKey(), value(e.getValue())));
        return attributes;
    }

    private static ObjectNode typed(AttributeValue value) {
        ObjectNode node = NODES.objectNode().put("type", value.typeName());
        switch (value) {
            case AttributeValue.TextValue t -> node.put("value", t.value());
            case AttributeValue.IntegerValue i -> node.put("value", i.value());
            case AttributeValue.RealValue r -> {
                if (Double.isFinite(r.value())) {
                    node.put("value", r.value());
                } else {
                    node.put("value", Double.toString(r.value()));
                }
            }
            case AttributeValue.BoolValue b -> node.put("value", b.value());
            case AttributeValue.TimeValue t -> node.put("value", t.tt2000());
            case AttributeValue.ListValue l -> {
                ArrayNode items = node.putArray("value");
                l.items().forEach(item -> items.add(typed(item)));
            }
        }
        return node;
    }

    private static AttributeValue value(JsonNode node) {
        JsonNode v = node.get("value");
        return switch (node.get("type").asText()) {
            case "text" -> AttributeValue.text(v.asText());
            case "integer" -> AttributeValue.integer(v.asLong());
            case "real" -> AttributeValue.real(v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble());
            case "boolean" -> AttributeValue.bool(v.asBoolean());
            case "time" -> AttributeValue.time(v.asLong());
            case "list" -> {
                List<AttributeValue> items = new ArrayList<>();
                v.forEach(item -> items.add(value(item)));
                yield AttributeValue.list(items);
            }
            default -> throw new IllegalStateException("the store holds an attribute of unknown type " + node);
        };
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds JSON that does not parse: " + json, e);
        }
    }
}
