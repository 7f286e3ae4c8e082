package org.heliodeck.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * The JSON of the store's list and attribute columns. Attributes keep their type beside their value
 * ({@code {"bmax": {"type": "real", "value": 21.5}}}) so that a time stays a time and an integer an
 * integer; non-finite reals are written as text, which JSON numbers cannot hold. Written with
 * Jackson, read back by {@link StoredJsonReader}.
 */
final class StoredJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoredJson() {}

    static String strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    static List<String> strings(String json) {
        return StoredJsonReader.strings(json);
    }

    static String attributes(Map<String, AttributeValue> attributes) {
        ObjectNode object = NODES.objectNode();
        attributes.forEach((name, value) -> object.set(name, typed(value)));
        return object.toString();
    }

    static Map<String, AttributeValue> attributes(String json) {
        return StoredJsonReader.attributes(json);
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
}
