package org.heliodeck.app.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.heliodeck.app.Product;
import org.heliodeck.app.Theme;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.plot.axis.AutoRange;
import org.heliodeck.plot.series.SeriesRenderer;
import org.heliodeck.plot.series.SeriesStyle;

/**
 * Reads the JSON of {@link WorkspaceJson}. Every error names the file and the field
 * ({@code panels[1].yAxis.log}); fields it does not know become warnings, so that a file from a
 * newer minor version opens with what this version understands.
 */
final class WorkspaceReader {

    private final String source;
    private final List<String> warnings = new ArrayList<>();

    private WorkspaceReader(String source) {
        this.source = source;
    }

    static LoadedWorkspace read(Path file) throws IOException {
        String source = file.toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = WorkspaceJson.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DataFormatException(source, location, "not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new DataFormatException(source, "", "not a Heliodeck workspace: expected a JSON object {\"format\": \""
                    + WorkspaceJson.FORMAT + "\", …}");
        }
        WorkspaceReader reader = new WorkspaceReader(source);
        return new LoadedWorkspace(reader.workspace(root), reader.warnings);
    }

    private Workspace workspace(JsonNode root) {
        String format = text(root, "format", "");
        if (!format.equals(WorkspaceJson.FORMAT)) {
            throw problem("format", "not a Heliodeck workspace: expected \"" + WorkspaceJson.FORMAT + "\", found \"" + format + "\"");
        }
        FormatVersion version = checked("version", () -> FormatVersion.parse(text(root, "version", "")));
        if (version.major() > FormatVersion.CURRENT.major()) {
            throw problem("version", "written by a newer Heliodeck (workspace format " + version + "; this one reads "
                    + FormatVersion.CURRENT.major() + ".x): update Heliodeck to open it");
        }
        warnUnknown(root, "", Set.of("format", "version", "timeRange", "theme", "panels"));
        TimeRange range = timeRange(object(root, "timeRange", ""), "timeRange");
        String themeName = text(root, "theme", "");
        Theme theme = checked("theme", () -> Theme.valueOf(themeName.toUpperCase(Locale.ROOT)),
                "expected \"light\" or \"dark\", found \"" + themeName + "\"");
        JsonNode panelNodes = array(root, "panels", "");
        List<WorkspacePanel> panels = new ArrayList<>();
        for (int i = 0; i < panelNodes.size(); i++) {
            panels.add(panel(panelNodes.get(i), "panels[" + i + "]"));
        }
        return new Workspace(range, theme, panels);
    }

    private TimeRange timeRange(JsonNode node, String path) {
        warnUnknown(node, path, Set.of("start", "stop"));
        long start = checked(path + ".start", () -> Tt2000.parse(text(node, "start", path)));
        long stop = checked(path + ".stop", () -> Tt2000.parse(text(node, "stop", path)));
        return checked(path, () -> new TimeRange(start, stop));
    }

    private WorkspacePanel panel(JsonNode node, String path) {
        requireObject(node, path);
        warnUnknown(node, path, Set.of("products", "yAxis"));
        JsonNode productNodes = array(node, "products", path);
        List<PlottedProduct> products = new ArrayList<>();
        for (int i = 0; i < productNodes.size(); i++) {
            products.add(product(productNodes.get(i), path + ".products[" + i + "]"));
        }
        return new WorkspacePanel(products, yAxis(object(node, "yAxis", path), path + ".yAxis"));
    }

    private PlottedProduct product(JsonNode node, String path) {
        requireObject(node, path);
        warnUnknown(node, path, Set.of("provider", "dataset", "parameter", "colorMap", "style", "markers"));
        Product product = new Product(text(node, "provider", path), text(node, "dataset", path), text(node, "parameter", path));
        Optional<String> colorMap = node.has("colorMap") ? Optional.of(text(node, "colorMap", path)) : Optional.empty();
        Optional<SeriesRenderer> drawing = node.has("style") ? Optional.of(drawing(node, path)) : Optional.empty();
        return checked(path + ".colorMap", () -> new PlottedProduct(product, colorMap, drawing));
    }

    private SeriesRenderer drawing(JsonNode node, String path) {
        String style = text(node, "style", path);
        SeriesStyle chosen;
        try {
            chosen = SeriesStyle.valueOf(style.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw wrongType(path + ".style", "one of line, step, scatter", node.get("style"));
        }
        JsonNode markers = node.path("markers");
        if (!markers.isMissingNode() && !markers.isBoolean()) {
            throw wrongType(path + ".markers", "true or false", markers);
        }
        return new SeriesRenderer(chosen, markers.asBoolean(false));
    }

    private YAxis yAxis(JsonNode node, String path) {
        warnUnknown(node, path, Set.of("log", "range"));
        JsonNode log = required(node, "log", path);
        if (!log.isBoolean()) {
            throw wrongType(path + ".log", "true or false", log);
        }
        Optional<AutoRange.Range> locked = Optional.empty();
        if (node.has("range") && !node.get("range").isNull()) {
            String rangePath = path + ".range";
            JsonNode range = object(node, "range", path);
            warnUnknown(range, rangePath, Set.of("min", "max"));
            double min = number(range, "min", rangePath);
            double max = number(range, "max", rangePath);
            locked = Optional.of(checked(rangePath, () -> new AutoRange.Range(min, max)));
        }
        Optional<AutoRange.Range> lockedRange = locked;
        return checked(path, () -> new YAxis(log.booleanValue(), lockedRange));
    }

    private JsonNode required(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw problem(join(path, name), "missing");
        }
        return value;
    }

    private String text(JsonNode parent, String name, String path) {
        JsonNode value = required(parent, name, path);
        if (!value.isTextual()) {
            throw wrongType(join(path, name), "a string", value);
        }
        return value.textValue();
    }

    private double number(JsonNode parent, String name, String path) {
        JsonNode value = required(parent, name, path);
        if (!value.isNumber()) {
            throw wrongType(join(path, name), "a number", value);
        }
        return value.doubleValue();
    }

    private JsonNode object(JsonNode parent, String name, String path) {
        JsonNode value = required(parent, name, path);
        requireObject(value, join(path, name));
        return value;
    }

    private JsonNode array(JsonNode parent, String name, String path) {
        JsonNode value = required(parent, name, path);
        if (!value.isArray()) {
            throw wrongType(join(path, name), "a list […]", value);
        }
        return value;
    }

    private void requireObject(JsonNode value, String path) {
        if (!value.isObject()) {
            throw wrongType(path, "an object {…}", value);
        }
    }

    private void warnUnknown(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                warnings.add(source + ": ignored field " + join(path, name)
                        + ", which this version of Heliodeck does not know (written by a newer one?)");
            }
        }
    }

    /** Runs a constructor or parser whose IllegalArgumentException says what is wrong with {@code path}. */
    private <T> T checked(String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw problem(path, e.getMessage());
        }
    }

    /** As {@link #checked(String, Supplier)}, with the problem said as {@code expected}. */
    private <T> T checked(String path, Supplier<T> make, String expected) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw problem(path, expected);
        }
    }

    private DataFormatException wrongType(String path, String expected, JsonNode found) {
        return problem(path, "expected " + expected + ", found " + found);
    }

    private DataFormatException problem(String path, String message) {
        return new DataFormatException(source, "field " + path, message);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
