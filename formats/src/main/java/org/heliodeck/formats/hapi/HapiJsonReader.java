package org.heliodeck.formats.hapi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.heliodeck.core.io.DataFormatException;

/**
 * Reads HAPI JSON: one object holding the info's members and a {@code data} array with a row
 * array per record, the time first and each array parameter as a (nested) array. Rows are read as
 * they stream by, unless {@code data} comes before {@code parameters}, when it is held until the
 * parameters are known.
 */
public final class HapiJsonReader implements HapiReader {

    @Override
    public HapiTable read(InputStream in, Optional<HapiInfo> info, String source) throws IOException {
        try {
            // The parser guesses the encoding from the first bytes as it is made: inside the try, as reading is.
            JsonParser parser = HapiInfoJson.MAPPER.createParser(in);
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return readDocument(parser, info, source);
        } catch (JacksonException e) {
            throw new DataFormatException(source, HapiInfoJson.jacksonLocation(e), "not HAPI JSON: "
                    + HapiInfoJson.jacksonMessage(e), e);
        } catch (CharConversionException e) {
            // Damaged bytes can look like UTF-16/32 (zero bytes at the start), whose characters then cannot be.
            throw new DataFormatException(source, "JSON line 1", "not HAPI JSON: not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    private static HapiTable readDocument(JsonParser parser, Optional<HapiInfo> info, String source)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new DataFormatException(source, "JSON line 1", "not a JSON object");
        }
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        HapiTable table = null;
        JsonNode heldData = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("data") && header.has("parameters")) {
                table = rows(parser, layout(header, info, source), source);
            } else if (name.equals("data")) {
                heldData = parser.readValueAsTree();
            } else {
                header.set(name, parser.readValueAsTree());
            }
        }
        if (table != null) {
            return table;
        }
        if (heldData == null) {
            throw new DataFormatException(source, "", "no 'data' array: an info without data");
        }
        try (JsonParser held = heldData.traverse(HapiInfoJson.MAPPER)) {
            held.nextToken();
            return rows(held, layout(header, info, source), source);
        }
    }

    private static HapiLayout layout(ObjectNode header, Optional<HapiInfo> info, String source) {
        HapiInfo described = header.has("parameters") ? HapiInfoJson.parse(header, source, "header")
                : info.orElseThrow(() -> new DataFormatException(source, "",
                        "no 'parameters' in the JSON and no info given: the parameters are unknown"));
        return HapiLayout.of(described, source, "header");
    }

    private static HapiTable rows(JsonParser parser, HapiLayout layout, String source) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new DataFormatException(source, where(parser, 0).get(), "'data' is not an array");
        }
        HapiTableBuilder table = new HapiTableBuilder(layout, source);
        List<HapiLayout.Field> fields = layout.fields();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Supplier<String> where = where(parser, table.rows() + 1);
            if (parser.currentToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.VALUE_STRING) {
                throw new DataFormatException(source, where.get(), "not an array starting with a time string");
            }
            table.startRow(ValueText.time(parser.getText(), source, where), where);
            for (int f = 1; f < fields.size(); f++) {
                HapiLayout.Field field = fields.get(f);
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    throw new DataFormatException(source, where.get(), "the row ends before parameter '"
                            + field.parameter().name() + "'");
                }
                int values = addValues(parser, field, f, table, source, where, 0);
                if (values != field.elements()) {
                    throw new DataFormatException(source, where.get(), "parameter '" + field.parameter().name()
                            + "' has " + values + " values where its size says " + field.elements());
                }
            }
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw new DataFormatException(source, where.get(), "the row has more values than the "
                        + fields.size() + " parameters");
            }
        }
        return table.build();
    }

    /**
     * Adds the value (or nested array of values) at the parser to the row; returns how many values
     * the field has now, refusing more than its size.
     */
    private static int addValues(JsonParser parser, HapiLayout.Field field, int index, HapiTableBuilder table,
            String source, Supplier<String> where, int added) throws IOException {
        int count = added;
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                count = addValues(parser, field, index, table, source, where, count);
            }
            return count;
        }
        if (count == field.elements()) {
            throw new DataFormatException(source, where.get(), "parameter '" + field.parameter().name()
                    + "' has more values than its size, " + field.elements());
        }
        JsonToken token = parser.currentToken();
        if (field.type().numeric()) {
            table.addNumber(index, switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_NULL -> Double.NaN;
                case VALUE_STRING -> ValueText.number(parser.getText(), field.parameter().name(), source, where);
                default -> throw new DataFormatException(source, where.get(), "'" + parser.getText() + "' is not a value of '"
                        + field.parameter().name() + "'");
            });
        } else {
            table.addText(index, switch (token) {
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
                case VALUE_NULL -> "";
                default -> throw new DataFormatException(source, where.get(), "'" + parser.getText() + "' is not a value of '"
                        + field.parameter().name() + "'");
            });
        }
        return count + 1;
    }

    private static Supplier<String> where(JsonParser parser, int row) {
        int line = parser.currentLocation().getLineNr();
        return () -> "data row " + row + " (JSON line " + line + ")";
    }
}
