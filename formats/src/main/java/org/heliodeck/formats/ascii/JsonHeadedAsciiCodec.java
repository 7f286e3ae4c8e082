package org.heliodeck.formats.ascii;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;

/**
 * The {@code json-headed-ascii} codec: blank-separated columns described by a JSON object written
 * in the leading {@code #} comment lines, as the LANL/RBSP-ECT Qin–Denton and magnetic-ephemeris
 * files are. Each member describes one quantity: {@code START_COLUMN} (0-based) and
 * {@code DIMENSION} place it in the row, {@code UNITS}, {@code FILL_VALUE}, {@code VALID_MIN}/
 * {@code VALID_MAX}, {@code ELEMENT_NAMES} describe it, {@code DEPEND_1} names a member whose
 * {@code VALUES} are its bins. The time is the ISO 8601 column ({@code DateTime}). Columns of
 * words ({@code ENUM}) are left out; members without a column become data set attributes.
 */
public final class JsonHeadedAsciiCodec implements DataCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "json-headed-ascii";
    }

    @Override
    public String description() {
        return "Blank-separated columns described by a JSON header in # comments (Qin-Denton, RBSP MagEphem)";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    /**
     * By a first line that opens a JSON object in a comment, {@code # {}, followed by this format's
     * upper-case keys: HAPI's CSV header also opens with {@code #{}, with lower-case keys.
     */
    @Override
    public boolean recognises(String fileName, byte[] head) {
        TextLines lines = new TextLines(head, List.of());
        if (!lines.advance() || !lines.text().matches("#\\s*\\{\\s*")) {
            return false;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return !text.contains("\"HAPI\"") && (text.contains("\"START_COLUMN\"") || text.contains("\"DESCRIPTION\""));
    }

    @Override
    public DataSet read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String source = file.getFileName().toString();
        JsonNode header = header(source, content);
        Map<String, String> attributes = new LinkedHashMap<>();
        List<ColumnVariable> variables = new ArrayList<>();
        int timeColumn = -1;
        int fieldCount = 0;
        for (Map.Entry<String, JsonNode> member : header.properties()) {
            String key = member.getKey();
            JsonNode d = member.getValue();
            if (!d.isObject()) {
                continue;
            }
            if (!d.has("START_COLUMN")) {
                if (d.has("VALUES")) {
                    attributes.put(key, String.join(", ", texts(d.get("VALUES"))));
                }
                continue;
            }
            int start = d.get("START_COLUMN").asInt(-1);
            int size = dimension(source, key, d);
            if (start < 0) {
                throw new DataFormatException(source, "header", "'" + key + "' has START_COLUMN " + d.get("START_COLUMN"));
            }
            fieldCount = Math.max(fieldCount, start + size);
            if (isTime(key, d)) {
                timeColumn = timeColumn < 0 ? start : timeColumn;
            } else if (!d.has("ENUM")) {
                List<Integer> columns = IntStream.range(start, start + size).boxed().toList();
                List<Axis> axes = axis(header, d, size);
                variables.add(new ColumnVariable(key, columns, metadata(key, d, size, !axes.isEmpty()), axes));
            }
        }
        if (timeColumn < 0) {
            throw new DataFormatException(source, "header", "no member describes the ISO 8601 time column (DateTime)");
        }
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, new TimeColumns.Iso(timeColumn), variables)
                .withCommentPrefixes("#")
                .withFieldCount(fieldCount);
        String product = CsvCodec.productOf(source);
        return new DataSet(product, new TextTableReader(layout).read(source, content, product), attributes);
    }

    /** The JSON object of the leading comment lines; text after it (e.g. {@code } end JSON}) is ignored. */
    private static JsonNode header(String source, byte[] content) {
        StringBuilder text = new StringBuilder();
        TextLines lines = new TextLines(content, List.of());
        while (lines.advance() && (lines.isBlank() || lines.text().startsWith("#"))) {
            String line = lines.text();
            // One text line per file line, so that Jackson's line numbers are the file's.
            text.append(line.isEmpty() ? "" : line.substring(1)).append('\n');
        }
        int brace = text.indexOf("{");
        if (brace < 0) {
            throw new DataFormatException(source, "line 1", "no JSON object in the leading # comments");
        }
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
        try (JsonParser parser = JSON.createParser(text.toString())) {
            JsonNode node = JSON.readTree(parser);
            if (node == null || !node.isObject()) {
                throw new DataFormatException(source, "line 1", "the # header is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "header" : "line " + e.getLocation().getLineNr();
            throw new DataFormatException(source, where, "bad JSON header: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataFormatException(source, "header", "unreadable JSON header: " + e.getMessage(), e);
        }
    }

    private static boolean isTime(String key, JsonNode d) {
        return key.equals("DateTime") || d.path("NAME").asText().equals("IsoDateTime");
    }

    private static int dimension(String source, String key, JsonNode d) {
        if (!d.has("DIMENSION")) {
            return 1;
        }
        int size = 1;
        for (JsonNode n : d.get("DIMENSION")) {
            if (!n.canConvertToInt() || n.asInt() < 1) {
                throw new DataFormatException(source, "header", "'" + key + "' has DIMENSION " + d.get("DIMENSION"));
            }
            size *= n.asInt();
        }
        return size;
    }

    /** The constant axis named by DEPEND_1, when that member gives as many numeric VALUES as the dimension. */
    private static List<Axis> axis(JsonNode header, JsonNode d, int size) {
        JsonNode bins = header.path(d.path("DEPEND_1").asText());
        JsonNode values = bins.path("VALUES");
        if (!values.isArray() || values.size() != size || !StreamSupport.stream(values.spliterator(), false).allMatch(JsonNode::isNumber)) {
            return List.of();
        }
        double[] centres = StreamSupport.stream(values.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
        String name = d.path("DEPEND_1").asText();
        return List.of(Axis.constant(name, units(bins), bins.path("TITLE").asText(name), ScaleType.LINEAR, centres));
    }

    private static Metadata metadata(String key, JsonNode d, int size, boolean binned) {
        Metadata.Builder m = Metadata.builder()
                .label(d.path("TITLE").asText(d.path("LABEL").asText(key)))
                .units(units(d))
                .displayType(binned ? DisplayType.SPECTROGRAM : DisplayType.TIME_SERIES);
        if (d.path("FILL_VALUE").isNumber()) {
            m.fillValue(d.get("FILL_VALUE").asDouble());
        }
        double min = d.path("VALID_MIN").isNumber() ? d.get("VALID_MIN").asDouble() : Double.NEGATIVE_INFINITY;
        double max = d.path("VALID_MAX").isNumber() ? d.get("VALID_MAX").asDouble() : Double.POSITIVE_INFINITY;
        if (min <= max) {
            m.validRange(min, max);
        }
        List<String> names = texts(d.path("ELEMENT_NAMES"));
        if (size > 1 && names.size() == size) {
            m.componentLabels(names);
        }
        if (d.has("DESCRIPTION")) {
            m.attribute("DESCRIPTION", d.get("DESCRIPTION").asText());
        }
        return m.build();
    }

    /** The member's UNITS; "dimless" means none. */
    private static String units(JsonNode d) {
        String units = d.path("UNITS").asText("");
        return units.equalsIgnoreCase("dimless") ? "" : units;
    }

    private static List<String> texts(JsonNode array) {
        if (!array.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
