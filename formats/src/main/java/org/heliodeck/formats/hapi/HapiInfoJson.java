package org.heliodeck.formats.hapi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.heliodeck.core.io.DataFormatException;

/**
 * Reads and writes {@link HapiInfo} as HAPI JSON.
 *
 * <p>Reading is tolerant where HAPI versions differ: {@code units} and {@code label} as a string or
 * an array (nested for multi-dimensional parameters), {@code size} as an array or a bare number,
 * {@code fill} as a string or a number, bins {@code centers}/{@code ranges} as arrays or as the name
 * of another parameter, and HAPI 3.2+ {@code $ref}s into {@code definitions}. Members it does not
 * interpret are kept verbatim and written back. It is strict where the meaning would be lost: a
 * document that is not JSON, a parameter without a name or type, a size that is not integers.
 */
public final class HapiInfoJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String DEFINITIONS_PREFIX = "#/definitions/";
    private static final int MAX_REF_DEPTH = 32;
    /** Bounds the nodes that {@code $ref} expansion may create, so that nested references cannot explode. */
    private static final int MAX_EXPANDED_NODES = 1_000_000;

    private HapiInfoJson() {}

    /**
     * Parses an info document.
     *
     * @param source the file or URL it came from, for messages
     * @param location where in the source the JSON lies, e.g. "header" or ""
     * @throws DataFormatException when it is not JSON or not a HAPI info
     */
    public static HapiInfo parse(String json, String source, String location) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new DataFormatException(source, location, "the HAPI header is not JSON: " + jacksonProblem(e), e);
        }
        return parse(root, source, location);
    }

    /** The info held by a JSON tree, e.g. the members of a JSON data response. */
    static HapiInfo parse(JsonNode root, String source, String location) {
        if (root == null || !root.isObject()) {
            throw new DataFormatException(source, location, "the HAPI header is not a JSON object");
        }
        return fromTree(root, new Context(source, location));
    }

    /** The info as indented JSON. */
    public static String toJson(HapiInfo info) {
        return json(info, true);
    }

    /** The info as one line of JSON. */
    static String toCompactJson(HapiInfo info) {
        return json(info, false);
    }

    private static String json(HapiInfo info, boolean indented) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            if (indented) {
                gen.useDefaultPrettyPrinter();
            }
            gen.writeStartObject();
            writeMembers(gen, info);
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON into a string", e);
        }
        return out.toString();
    }

    /** The parameter as one line of JSON, e.g. to keep it in a variable's attributes. */
    public static String toJson(HapiParameter parameter) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            writeParameter(gen, parameter);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON into a string", e);
        }
        return out.toString();
    }

    /**
     * Parses one parameter object, as {@link #toJson(HapiParameter)} writes it.
     *
     * @throws DataFormatException when it is not JSON or not a HAPI parameter
     */
    public static HapiParameter parseParameter(String json, String source, String location) {
        Context context = new Context(source, location);
        try {
            return parameter(MAPPER.readTree(json), "parameter", context);
        } catch (JacksonException e) {
            throw new DataFormatException(source, location, "the HAPI parameter is not JSON: " + jacksonProblem(e), e);
        }
    }

    /** Writes the members of the info (not the enclosing braces), so that callers can add their own. */
    static void writeMembers(JsonGenerator gen, HapiInfo info) throws IOException {
        gen.writeStringField("HAPI", info.version().isEmpty() ? HapiInfo.CURRENT_VERSION : info.version());
        if (info.status().isPresent()) {
            HapiStatus status = info.status().get();
            gen.writeObjectFieldStart("status");
            gen.writeNumberField("code", status.code());
            gen.writeStringField("message", status.message());
            writeExtras(gen, status.extras());
            gen.writeEndObject();
        }
        if (info.format().isPresent()) {
            gen.writeStringField("format", info.format().get());
        }
        if (info.startDate().isPresent()) {
            gen.writeStringField("startDate", info.startDate().get());
        }
        if (info.stopDate().isPresent()) {
            gen.writeStringField("stopDate", info.stopDate().get());
        }
        gen.writeArrayFieldStart("parameters");
        for (HapiParameter parameter : info.parameters()) {
            writeParameter(gen, parameter);
        }
        gen.writeEndArray();
        writeExtras(gen, info.extras());
    }

    /** The text of a JSON string or number; empty for anything else. */
    static Optional<String> scalarText(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node != null && (node.isTextual() || node.isNumber()) ? Optional.of(node.asText()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Jackson's problem, without its excerpt of the source, and with the line and column it reports. */
    static String jacksonProblem(JacksonException e) {
        JsonLocation where = e.getLocation();
        return jacksonMessage(e) + (where == null ? "" : " (JSON line " + where.getLineNr() + ", column "
                + where.getColumnNr() + ")");
    }

    /** Where Jackson failed in a document, as a location for a message. */
    static String jacksonLocation(JacksonException e) {
        JsonLocation where = e.getLocation();
        return where == null ? "" : "JSON line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** Jackson's message alone: it appends where a bracket was opened, quoting the source, which says nothing here. */
    static String jacksonMessage(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int marker = message.indexOf(" (start marker at");
        return marker < 0 ? message : message.substring(0, marker);
    }

    private record Context(String source, String location) {
        DataFormatException error(String path, String problem) {
            return new DataFormatException(source, location, path + ": " + problem);
        }
    }

    private static HapiInfo fromTree(JsonNode root, Context context) {
        String version = "";
        Optional<HapiStatus> status = Optional.empty();
        Optional<String> format = Optional.empty();
        List<HapiParameter> parameters = List.of();
        Optional<String> startDate = Optional.empty();
        Optional<String> stopDate = Optional.empty();
        Map<String, String> extras = new LinkedHashMap<>();
        JsonNode definitions = root.path("definitions");
        for (Map.Entry<String, JsonNode> member : root.properties()) {
            JsonNode value = member.getValue();
            switch (member.getKey()) {
                case "HAPI" -> version = scalar(value, "HAPI", context).orElse("");
                case "status" -> status = Optional.of(status(value, context));
                case "format" -> format = scalar(value, "format", context);
                case "parameters" -> parameters = parameters(resolved(value, definitions, context), context);
                case "startDate" -> startDate = scalar(value, "startDate", context);
                case "stopDate" -> stopDate = scalar(value, "stopDate", context);
                default -> extras.put(member.getKey(), value.toString());
            }
        }
        return new HapiInfo(version, status, format, parameters, startDate, stopDate, extras);
    }

    private static HapiStatus status(JsonNode node, Context context) {
        if (!node.isObject() || !node.path("code").canConvertToInt()) {
            throw context.error("status", "not an object with a numeric code");
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (!member.getKey().equals("code") && !member.getKey().equals("message")) {
                extras.put(member.getKey(), member.getValue().toString());
            }
        }
        return new HapiStatus(node.get("code").asInt(), scalar(node.path("message"), "status.message", context).orElse(""),
                extras);
    }

    private static List<HapiParameter> parameters(JsonNode node, Context context) {
        if (!node.isArray()) {
            throw context.error("parameters", "not an array");
        }
        List<HapiParameter> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(parameter(node.get(i), "parameters[" + i + "]", context));
        }
        return out;
    }

    private static HapiParameter parameter(JsonNode node, String path, Context context) {
        if (node == null || !node.isObject()) {
            throw context.error(path, "not a JSON object");
        }
        String name = scalar(node.path("name"), path + ".name", context)
                .orElseThrow(() -> context.error(path, "has no name"));
        String where = path + " ('" + name + "')";
        String type = scalar(node.path("type"), where + ".type", context)
                .orElseThrow(() -> context.error(where, "has no type"));
        List<String> units = List.of();
        List<Integer> size = List.of();
        Optional<String> fill = Optional.empty();
        OptionalInt length = OptionalInt.empty();
        List<HapiBins> bins = List.of();
        List<String> label = List.of();
        Optional<String> description = Optional.empty();
        Map<String, String> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            JsonNode value = member.getValue();
            String at = where + "." + member.getKey();
            switch (member.getKey()) {
                case "name", "type" -> { }
                case "units" -> units = texts(value, at, context);
                case "size" -> size = size(value, at, context);
                case "fill" -> fill = scalar(value, at, context);
                case "length" -> length = OptionalInt.of(integer(value, at, context));
                case "bins" -> bins = bins(value, at, context);
                case "label" -> label = texts(value, at, context);
                case "description" -> description = scalar(value, at, context);
                default -> extras.put(member.getKey(), value.toString());
            }
        }
        return new HapiParameter(name, type, units, size, fill, length, bins, label, description, extras);
    }

    private static List<HapiBins> bins(JsonNode node, String path, Context context) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw context.error(path, "not an array");
        }
        List<HapiBins> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(binsOf(node.get(i), path + "[" + i + "]", context));
        }
        return out;
    }

    private static HapiBins binsOf(JsonNode node, String path, Context context) {
        if (!node.isObject()) {
            throw context.error(path, "not a JSON object");
        }
        String name = "";
        Optional<String> units = Optional.empty();
        Optional<String> label = Optional.empty();
        Optional<String> description = Optional.empty();
        Optional<HapiBins.BinValues> centers = Optional.empty();
        Optional<HapiBins.BinValues> ranges = Optional.empty();
        Map<String, String> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            JsonNode value = member.getValue();
            String at = path + "." + member.getKey();
            switch (member.getKey()) {
                case "name" -> name = scalar(value, at, context).orElse("");
                // A bins' units or label is one string; take the first where a server sends an array.
                case "units" -> units = texts(value, at, context).stream().findFirst();
                case "label" -> label = texts(value, at, context).stream().findFirst();
                case "description" -> description = scalar(value, at, context);
                case "centers" -> centers = binValues(value, false, at, context);
                case "ranges" -> ranges = binValues(value, true, at, context);
                default -> extras.put(member.getKey(), value.toString());
            }
        }
        return new HapiBins(name, units, label, description, centers, ranges, extras);
    }

    private static Optional<HapiBins.BinValues> binValues(JsonNode node, boolean pairs, String path, Context context) {
        if (node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(new HapiBins.Reference(node.asText()));
        }
        if (!node.isArray()) {
            throw context.error(path, "neither an array nor the name of a parameter");
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (pairs) {
                if (!element.isArray() || element.size() != 2) {
                    throw context.error(path + "[" + i + "]", "not a [min, max] pair");
                }
                values.add(number(element.get(0), path + "[" + i + "][0]", context));
                values.add(number(element.get(1), path + "[" + i + "][1]", context));
            } else {
                values.add(number(element, path + "[" + i + "]", context));
            }
        }
        return Optional.of(new HapiBins.Constant(values));
    }

    private static double number(JsonNode node, String path, Context context) {
        if (node.isNull()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText());
            } catch (NumberFormatException e) {
                throw context.error(path, "'" + node.asText() + "' is not a number");
            }
        }
        throw context.error(path, "not a number");
    }

    private static List<Integer> size(JsonNode node, String path, Context context) {
        if (node.isNull()) {
            return List.of();
        }
        if (node.isNumber()) {
            return List.of(integer(node, path, context));
        }
        if (!node.isArray()) {
            throw context.error(path, "not an array of integers");
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(integer(node.get(i), path + "[" + i + "]", context));
        }
        return out;
    }

    private static int integer(JsonNode node, String path, Context context) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw context.error(path, "'" + node + "' is not an integer of at most " + Integer.MAX_VALUE);
        }
        return node.asInt();
    }

    /** A string, or an array of strings flattened; null is no text. */
    private static List<String> texts(JsonNode node, String path, Context context) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return List.of(scalar(node, path, context).orElse(""));
        }
        List<String> out = new ArrayList<>();
        flatten(node, path, context, out);
        return out;
    }

    private static void flatten(JsonNode array, String path, Context context, List<String> out) {
        for (JsonNode element : array) {
            if (element.isArray()) {
                flatten(element, path, context, out);
            } else {
                out.add(element.isNull() ? "" : scalar(element, path, context).orElse(""));
            }
        }
    }

    private static Optional<String> scalar(JsonNode node, String path, Context context) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual() || node.isNumber() || node.isBoolean()) {
            return Optional.of(node.asText());
        }
        throw context.error(path, "not a string");
    }

    /** {@code node} with every {@code {"$ref": "#/definitions/x"}} replaced by definition {@code x}. */
    private static JsonNode resolved(JsonNode node, JsonNode definitions, Context context) {
        if (!definitions.isObject()) {
            return node;
        }
        return resolved(node, definitions, context, 0, new int[] {MAX_EXPANDED_NODES});
    }

    private static JsonNode resolved(JsonNode node, JsonNode definitions, Context context, int depth, int[] budget) {
        if (--budget[0] < 0) {
            throw context.error("definitions", "$ref expansion exceeds " + MAX_EXPANDED_NODES + " nodes");
        }
        if (node.isObject() && node.path("$ref").isTextual()) {
            String ref = node.get("$ref").asText();
            JsonNode target = ref.startsWith(DEFINITIONS_PREFIX)
                    ? definitions.get(ref.substring(DEFINITIONS_PREFIX.length()))
                    : null;
            if (target == null) {
                throw context.error("$ref", "'" + ref + "' names no member of definitions");
            }
            if (depth >= MAX_REF_DEPTH) {
                throw context.error("$ref", "'" + ref + "' nests references more than " + MAX_REF_DEPTH + " deep (a cycle?)");
            }
            return resolved(target, definitions, context, depth + 1, budget);
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                copy.set(member.getKey(), resolved(member.getValue(), definitions, context, depth, budget));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : node) {
                copy.add(resolved(element, definitions, context, depth, budget));
            }
            return copy;
        }
        return node;
    }

    private static void writeParameter(JsonGenerator gen, HapiParameter p) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("name", p.name());
        gen.writeStringField("type", p.type());
        gen.writeFieldName("units");
        writeTexts(gen, p.units(), p.shape());
        if (!p.size().isEmpty()) {
            gen.writeArrayFieldStart("size");
            for (int d : p.size()) {
                gen.writeNumber(d);
            }
            gen.writeEndArray();
        }
        gen.writeFieldName("fill");
        if (p.fill().isPresent()) {
            gen.writeString(p.fill().get());
        } else {
            gen.writeNull();
        }
        if (p.length().isPresent()) {
            gen.writeNumberField("length", p.length().getAsInt());
        }
        if (!p.bins().isEmpty()) {
            gen.writeArrayFieldStart("bins");
            for (HapiBins bins : p.bins()) {
                writeBins(gen, bins);
            }
            gen.writeEndArray();
        }
        if (!p.label().isEmpty()) {
            gen.writeFieldName("label");
            writeTexts(gen, p.label(), p.shape());
        }
        if (p.description().isPresent()) {
            gen.writeStringField("description", p.description().get());
        }
        writeExtras(gen, p.extras());
        gen.writeEndObject();
    }

    private static void writeBins(JsonGenerator gen, HapiBins bins) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("name", bins.name());
        gen.writeFieldName("units");
        if (bins.units().isPresent()) {
            gen.writeString(bins.units().get());
        } else {
            gen.writeNull();
        }
        if (bins.label().isPresent()) {
            gen.writeStringField("label", bins.label().get());
        }
        if (bins.description().isPresent()) {
            gen.writeStringField("description", bins.description().get());
        }
        if (bins.centers().isPresent()) {
            gen.writeFieldName("centers");
            writeBinValues(gen, bins.centers().get(), false);
        }
        if (bins.ranges().isPresent()) {
            gen.writeFieldName("ranges");
            writeBinValues(gen, bins.ranges().get(), true);
        }
        writeExtras(gen, bins.extras());
        gen.writeEndObject();
    }

    private static void writeBinValues(JsonGenerator gen, HapiBins.BinValues values, boolean pairs) throws IOException {
        switch (values) {
            case HapiBins.Reference(String parameter) -> gen.writeString(parameter);
            case HapiBins.Constant(List<Double> numbers) -> {
                gen.writeStartArray();
                for (int i = 0; i < numbers.size(); i++) {
                    if (pairs && i % 2 == 0) {
                        gen.writeStartArray();
                    }
                    double v = numbers.get(i);
                    if (Double.isNaN(v)) {
                        gen.writeNull();
                    } else {
                        gen.writeNumber(v);
                    }
                    if (pairs && i % 2 == 1) {
                        gen.writeEndArray();
                    }
                }
                gen.writeEndArray();
            }
        }
    }

    /** One string, null, or an array: nested as {@code shape} when it holds one entry per element. */
    private static void writeTexts(JsonGenerator gen, List<String> texts, int[] shape) throws IOException {
        if (texts.isEmpty()) {
            gen.writeNull();
        } else if (texts.size() == 1) {
            gen.writeString(texts.getFirst());
        } else {
            long elements = 1;
            for (int d : shape) {
                elements *= d;
            }
            writeNested(gen, texts, elements == texts.size() && shape.length > 1 ? shape : new int[] {texts.size()}, 0,
                    new int[] {0});
        }
    }

    private static void writeNested(JsonGenerator gen, List<String> texts, int[] shape, int dimension, int[] next)
            throws IOException {
        gen.writeStartArray();
        for (int i = 0; i < shape[dimension]; i++) {
            if (dimension == shape.length - 1) {
                gen.writeString(texts.get(next[0]++));
            } else {
                writeNested(gen, texts, shape, dimension + 1, next);
            }
        }
        gen.writeEndArray();
    }

    private static void writeExtras(JsonGenerator gen, Map<String, String> extras) throws IOException {
        for (Map.Entry<String, String> member : extras.entrySet()) {
            gen.writeFieldName(member.getKey());
            gen.writeTree(MAPPER.readTree(member.getValue()));
        }
    }
}
