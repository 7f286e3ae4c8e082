package org.heliodeck.formats.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.formats.catalog.AttributeValue.BoolValue;
import org.heliodeck.formats.catalog.AttributeValue.IntegerValue;
import org.heliodeck.formats.catalog.AttributeValue.ListValue;
import org.heliodeck.formats.catalog.AttributeValue.RealValue;
import org.heliodeck.formats.catalog.AttributeValue.TextValue;
import org.heliodeck.formats.catalog.AttributeValue.TimeValue;
import org.heliodeck.core.time.Tt2000;

/**
 * Attribute values as tscat writes them in JSON: strings, numbers, booleans and arrays, datetimes as
 * ISO 8601 strings. The JSON codec and the VOTable list columns share it.
 */
final class AttributeJson {

    /**
     * Python's json module writes NaN and Infinity bare, so tscat files may hold them: read them, and
     * write them the same way rather than as strings that would come back as text.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private AttributeJson() {}

    /**
     * The value of a JSON node; a string in the shape of a full date and time is a time.
     *
     * @param what names the attribute in messages
     * @throws IllegalArgumentException for null, objects, and integers beyond 64 bits
     */
    static AttributeValue read(JsonNode node, String what) {
        if (node.isTextual()) {
            String text = node.textValue();
            return CatalogTimeText.looksLikeDateTime(text) ? AttributeValue.time(Tt2000.parse(text)) : AttributeValue.text(text);
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException(what + ": " + node + " does not fit in a 64-bit integer");
            }
            return AttributeValue.integer(node.longValue());
        }
        if (node.isNumber()) {
            return AttributeValue.real(node.doubleValue());
        }
        if (node.isBoolean()) {
            return AttributeValue.bool(node.booleanValue());
        }
        if (node.isArray()) {
            List<AttributeValue> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(read(node.get(i), what + "[" + i + "]"));
            }
            return AttributeValue.list(items);
        }
        throw new IllegalArgumentException(what + ": " + (node.isNull() ? "null" : "an object")
                + " is not a value tscat attributes take (text, number, boolean, datetime, list)");
    }

    static void write(JsonGenerator out, AttributeValue value) throws IOException {
        switch (value) {
            case TextValue v -> out.writeString(v.value());
            case IntegerValue v -> out.writeNumber(v.value());
            case RealValue v -> out.writeNumber(v.value());
            case BoolValue v -> out.writeBoolean(v.value());
            case TimeValue v -> out.writeString(CatalogTimeText.tscat(v.tt2000()));
            case ListValue v -> {
                out.writeStartArray();
                for (AttributeValue item : v.items()) {
                    write(out, item);
                }
                out.writeEndArray();
            }
        }
    }

    /** A list as one line of JSON, for a text cell. */
    static String listText(ListValue list) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = MAPPER.createGenerator(text)) {
            write(out, list);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return text.toString();
    }

    /** A list read back from {@link #listText}. */
    static ListValue parseList(String text, String what) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a JSON array", e);
        }
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a JSON array");
        }
        return (ListValue) read(node, what);
    }
}
