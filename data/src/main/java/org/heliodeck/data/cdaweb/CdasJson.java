package org.heliodeck.data.cdaweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeParseException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;

/**
 * The JSON answers of the CDAS REST services ({@code Accept: application/json}), which mirror the
 * elements of CDAS.xsd: a repeatable element is an array named after it, e.g.
 * {@code {"DatasetDescription": [{"Id": "AC_H2_MFI", "Observatory": ["ACE"], …}]}}. Single values
 * that come as one-element arrays, or arrays that come as single values, read the same.
 */
final class CdasJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CdasJson() {}

    /**
     * What a data request answered (a {@code DataResult}): the generated files, and CDAS's messages,
     * which say why there are none.
     */
    record DataResult(List<URI> files, List<String> messages, List<String> errors) {

        DataResult {
            files = List.copyOf(files);
            messages = List.copyOf(messages);
            errors = List.copyOf(errors);
        }
    }

    static List<CdasDataset> datasets(InputStream body, String source) throws IOException {
        List<CdasDataset> datasets = new ArrayList<>();
        for (JsonNode d : elements(root(body, source), "DatasetDescription")) {
            String id = text(d, "Id");
            if (id.isEmpty()) {
                throw new DataFormatException(source, "DatasetDescription " + datasets.size(), "a dataset has no Id");
            }
            datasets.add(new CdasDataset(id, text(d, "Label"), texts(d, "ObservatoryGroup"), texts(d, "Observatory"),
                    texts(d, "Instrument"), texts(d, "InstrumentType"), coverage(d.path("TimeInterval")), text(d, "PiName"),
                    text(d, "PiAffiliation"), text(d, "Notes"), text(d, "Doi"), text(d, "SpaseResourceId")));
        }
        return datasets;
    }

    static List<CdasVariable> variables(InputStream body, String source) throws IOException {
        List<CdasVariable> variables = new ArrayList<>();
        for (JsonNode v : elements(root(body, source), "VariableDescription")) {
            String name = text(v, "Name");
            if (!name.isEmpty()) {
                variables.add(new CdasVariable(name, text(v, "ShortDescription"), text(v, "LongDescription")));
            }
        }
        return variables;
    }

    /** Also reads the error answers, which are DataResults with Error and Message but no file. */
    static DataResult dataResult(InputStream body, String source) throws IOException {
        JsonNode root = root(body, source);
        List<URI> files = new ArrayList<>();
        for (JsonNode f : elements(root, "FileDescription")) {
            String name = text(f, "Name");
            try {
                files.add(new URI(name));
            } catch (URISyntaxException e) {
                throw new DataFormatException(source, "FileDescription " + files.size(), "the file's Name is no URL: "
                        + name, e);
            }
        }
        return new DataResult(files, texts(root, "Message"), texts(root, "Error"));
    }

    private static JsonNode root(InputStream body, String source) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject()) {
            throw new DataFormatException(source, "", "the answer is not a JSON object");
        }
        return root;
    }

    private static List<JsonNode> elements(JsonNode parent, String name) {
        JsonNode node = parent.path(name);
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (node.isObject()) {
            out.add(node);
        }
        return out;
    }

    private static List<String> texts(JsonNode parent, String name) {
        JsonNode node = parent.path(name);
        List<String> out = new ArrayList<>();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            if (n.isValueNode() && !n.asText().isBlank()) {
                out.add(n.asText().strip());
            }
        }
        return out;
    }

    private static String text(JsonNode parent, String name) {
        List<String> all = texts(parent, name);
        return all.isEmpty() ? "" : all.getFirst();
    }

    /** Null where CDAS gives no interval, or one that does not read: the dataset stays usable. */
    private static TimeRange coverage(JsonNode interval) {
        String start = text(interval, "Start");
        String end = text(interval, "End");
        if (start.isEmpty() || end.isEmpty()) {
            return null;
        }
        try {
            long from = Tt2000.parse(start);
            long to = Tt2000.parse(end);
            return to < from ? null : new TimeRange(from, to);
        } catch (TimeParseException e) {
            return null;
        }
    }
}
