package org.heliodeck.server.hapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeParseException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.Provider;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.hapi.HapiBinaryWriter;
import org.heliodeck.formats.hapi.HapiColumn;
import org.heliodeck.formats.hapi.HapiCsvWriter;
import org.heliodeck.formats.hapi.HapiDataSetMapping;
import org.heliodeck.formats.hapi.HapiInfo;
import org.heliodeck.formats.hapi.HapiInfoJson;
import org.heliodeck.formats.hapi.HapiJsonWriter;
import org.heliodeck.formats.hapi.HapiParameter;
import org.heliodeck.formats.hapi.HapiStatus;
import org.heliodeck.formats.hapi.HapiTable;
import org.heliodeck.formats.hapi.NumericColumn;
import org.heliodeck.formats.hapi.StringColumn;

/**
 * Serves one provider (e.g. a local archive) as HAPI 3.3: {@code /hapi}, {@code capabilities},
 * {@code about}, {@code catalog}, {@code info} and {@code data} in CSV, binary or JSON. Data is
 * streamed a day at a time, so memory stays flat whatever the range asked. Every refusal carries
 * the HAPI status code the specification gives it.
 */
public final class HapiServer implements AutoCloseable {

    private static final String VERSION = HapiInfo.CURRENT_VERSION;
    private static final Set<String> DATA_PARAMETERS = Set.of("dataset", "id", "start", "time.min", "stop", "time.max",
            "parameters", "format", "include");
    private static final Set<String> CATALOG_PARAMETERS = Set.of("include");
    private static final Set<String> INFO_PARAMETERS = Set.of("dataset", "id", "parameters");
    private static final Duration CHUNK = Duration.ofDays(1);

    private final Provider provider;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, InventoryNode> datasets = new LinkedHashMap<>();
    /** The parameters of each dataset, by the dataset's inventory path. */
    private final Map<String, List<InventoryNode>> parameters = new LinkedHashMap<>();
    private final Map<String, HapiInfo> infos = new ConcurrentHashMap<>();
    private final Javalin app;

    /** Prepares a server for the provider; nothing listens until {@link #start}. */
    public HapiServer(Provider provider) throws IOException {
        this.provider = provider;
        for (InventoryNode n : provider.inventory()) {
            if (n.kind() == NodeKind.DATASET) {
                datasets.put(n.id(), n);
            } else if (n.kind() == NodeKind.PARAMETER) {
                parameters.computeIfAbsent(n.parentPath(), p -> new ArrayList<>()).add(n);
            }
        }
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/hapi", this::landing);
            config.routes.get("/hapi/capabilities", ctx -> respond(ctx, capabilities()));
            config.routes.get("/hapi/about", ctx -> respond(ctx, about()));
            config.routes.get("/hapi/catalog", this::catalog);
            config.routes.get("/hapi/info", this::info);
            config.routes.get("/hapi/data", this::data);
            config.routes.exception(HapiError.class, (e, ctx) -> refuse(ctx, e));
        });
    }

    /** Listens on {@code host} (use 127.0.0.1 unless the server is meant to be reached from elsewhere); port 0 picks one. */
    public HapiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** How many datasets it serves. */
    public int datasets() {
        return datasets.size();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void landing(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("HAPI " + VERSION + " server of Heliodeck, serving " + provider.name()
                + " (" + datasets.size() + " datasets)\nEndpoints: capabilities, about, catalog, info?dataset=ID, "
                + "data?dataset=ID&start=T&stop=T[&parameters=P,...][&format=csv|binary|json][&include=header]\n");
    }

    private ObjectNode status(int code, String message) {
        ObjectNode root = json.createObjectNode();
        root.put("HAPI", VERSION);
        ObjectNode status = root.putObject("status");
        status.put("code", code);
        status.put("message", message);
        return root;
    }

    private ObjectNode capabilities() {
        ObjectNode root = status(1200, "OK");
        ArrayNode formats = root.putArray("outputFormats");
        formats.add("csv").add("binary").add("json");
        return root;
    }

    private ObjectNode about() {
        ObjectNode root = status(1200, "OK");
        root.put("id", "heliodeck-" + provider.name());
        root.put("title", "Heliodeck HAPI server for " + provider.name());
        root.put("contact", "the operator of this Heliodeck instance");
        return root;
    }

    /** The datasets; with {@code include=all} (HAPI 3.3) each carries its info, sparing clients a request each. */
    private void catalog(Context ctx) throws IOException {
        checkKnownParameters(ctx, CATALOG_PARAMETERS);
        String include = ctx.queryParam("include");
        if (include != null && !include.equals("all")) {
            throw HapiError.badRequest(1410, "Bad request - unsupported include value: " + include);
        }
        ObjectNode root = status(1200, "OK");
        ArrayNode list = root.putArray("catalog");
        for (InventoryNode d : datasets.values()) {
            ObjectNode entry = list.addObject();
            entry.put("id", d.id());
            if (!d.description().isEmpty()) {
                entry.put("title", d.description());
            }
            if (include != null) {
                ObjectNode info = (ObjectNode) json.readTree(HapiInfoJson.toJson(infoOf(d)));
                info.remove("status");
                entry.set("info", info);
            }
        }
        respond(ctx, root);
    }

    private void info(Context ctx) throws IOException {
        checkKnownParameters(ctx, INFO_PARAMETERS);
        InventoryNode dataset = dataset(ctx);
        HapiInfo info = selected(infoOf(dataset), ctx.queryParam("parameters"));
        ctx.contentType("application/json").result(HapiInfoJson.toJson(info));
    }

    private void data(Context ctx) throws IOException {
        checkKnownParameters(ctx, DATA_PARAMETERS);
        InventoryNode dataset = dataset(ctx);
        long start = time(ctx, "start", "time.min", 1402);
        long stop = time(ctx, "stop", "time.max", 1403);
        if (start >= stop) {
            throw HapiError.badRequest(1404, "Bad request - start equal to or after stop");
        }
        TimeRange coverage = dataset.coverage();
        if (coverage != null && (stop <= coverage.start() || start >= coverage.stop())) {
            throw HapiError.badRequest(1405, "Bad request - time outside valid range: " + dataset.id() + " covers " + coverage);
        }
        String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
        if (!format.equals("csv") && !format.equals("binary") && !format.equals("json")) {
            throw HapiError.badRequest(1409, "Bad request - unsupported output format: " + format);
        }
        String include = ctx.queryParam("include");
        if (include != null && !include.equals("header")) {
            throw HapiError.badRequest(1410, "Bad request - unsupported include value: " + include);
        }
        HapiInfo info = selected(infoOf(dataset), ctx.queryParam("parameters"));
        List<String> names = info.parameters().stream().skip(1).map(p -> p.name()).toList();
        ctx.contentType(format.equals("binary") ? "application/octet-stream"
                : format.equals("json") ? "application/json" : "text/csv; charset=utf-8");
        stream(ctx.outputStream(), dataset, names, new TimeRange(start, stop), format, include != null, info);
    }

    /**
     * Writes the data a day at a time. CSV and binary rows simply follow each other; a JSON response
     * is one object whose data array spans all days, so each day's rows are cut out of the day's own
     * document and joined.
     */
    private void stream(OutputStream out, InventoryNode dataset, List<String> parameters, TimeRange range, String format,
            boolean header, HapiInfo info) throws IOException {
        boolean json = format.equals("json");
        boolean first = true;
        for (TimeRange chunk : range.fragments(CHUNK)) {
            TimeRange part = chunk.intersect(range).orElseThrow();
            List<Variable> variables = provider.fetch(dataset.id(), parameters, part, FetchContext.UNWATCHED);
            if (variables.isEmpty() || variables.getFirst().records() == 0) {
                continue;
            }
            HapiTable day = HapiDataSetMapping.toTable(new DataSet(dataset.id(), variables, Map.of()));
            long[] times = new long[day.rows()];
            for (int i = 0; i < times.length; i++) {
                times[i] = day.time(i);
            }
            // The day's own info lacks the dataset's dates and descriptions: the dataset's info describes the rows.
            List<HapiColumn> columns = new ArrayList<>();
            for (int c = 0; c < day.columns().size(); c++) {
                columns.add(describedAs(day.columns().get(c), info.parameters().get(c + 1)));
            }
            HapiTable table = new HapiTable(info, times, columns);
            switch (format) {
                case "binary" -> new HapiBinaryWriter().write(table, out, header && first);
                case "json" -> writeJsonRows(table, out, first);
                default -> new HapiCsvWriter().write(table, out, header && first);
            }
            first = false;
            out.flush();
        }
        if (json) {
            if (first) {
                writeJsonRows(new HapiTable(info, new long[0], HapiDataSetMapping.toTable(
                        new DataSet(dataset.id(), List.of(), Map.of())).columns()), out, true);
            }
            out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
        } else if (first && header) {
            String noData = HapiInfoJson.toJson(info.withStatus(new HapiStatus(1201, "OK - no data for time range", Map.of())));
            out.write(('#' + noData.replace("\n", "\n#") + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The rows of one day's JSON document; the first day also writes the object's opening and header. */
    private static void writeJsonRows(HapiTable table, OutputStream out, boolean first) throws IOException {
        java.io.ByteArrayOutputStream day = new java.io.ByteArrayOutputStream();
        new HapiJsonWriter().write(table, day, first);
        String text = day.toString(StandardCharsets.UTF_8);
        int open = text.indexOf("\"data\": [") + "\"data\": [".length();
        int close = text.lastIndexOf("\n]}");
        String rows = text.substring(open, close);
        String piece = first ? text.substring(0, open) + rows : rows.isEmpty() ? "" : "," + rows;
        out.write(piece.getBytes(StandardCharsets.UTF_8));
    }

    /** The info of a dataset, from a small sample of its data so that sizes, units and fills are exact. */
    private HapiInfo infoOf(InventoryNode dataset) throws IOException {
        HapiInfo known = infos.get(dataset.id());
        if (known != null) {
            return known;
        }
        TimeRange coverage = dataset.coverage();
        if (coverage == null) {
            throw HapiError.internal(1500, "Internal server error - " + dataset.id() + " has no known coverage");
        }
        TimeRange sample = new TimeRange(coverage.start(), Math.min(coverage.stop(), coverage.start() + CHUNK.toNanos()));
        List<InventoryNode> listed = parameters.getOrDefault(dataset.path(), List.of());
        List<Variable> variables = provider.fetch(dataset.id(), listed.stream().map(InventoryNode::id).toList(), sample,
                FetchContext.UNWATCHED);
        HapiInfo sampled = HapiDataSetMapping.toTable(new DataSet(dataset.id(), variables, Map.of())).info();
        ObjectNode extra = (ObjectNode) json.readTree(HapiInfoJson.toJson(sampled));
        // Clients need the time's length before any data (binary records are fixed-size).
        ((ObjectNode) extra.withArray("parameters").get(0)).put("length", timeLength(variables));
        describe(extra.withArray("parameters"), listed);
        extra.put("startDate", IsoTimeFormat.MILLIS.format(coverage.start()));
        extra.put("stopDate", IsoTimeFormat.MILLIS.format(coverage.stop()));
        HapiInfo info = HapiInfoJson.parse(extra.toString(), provider.name(), dataset.id());
        infos.put(dataset.id(), info);
        return info;
    }

    /** The column described by the info's parameter of the same name (which has more to say than the data alone). */
    private static HapiColumn describedAs(HapiColumn column, HapiParameter parameter) {
        if (!column.parameter().name().equals(parameter.name())) {
            return column;
        }
        return switch (column) {
            case NumericColumn n -> new NumericColumn(parameter, n.values());
            case StringColumn t -> new StringColumn(parameter, t.values());
        };
    }

    /** Gives each parameter the inventory's description where the data carries none, so that clients can search them. */
    private static void describe(ArrayNode described, List<InventoryNode> known) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        known.forEach(n -> descriptions.put(n.id(), n.description()));
        for (var parameter : described) {
            String description = descriptions.getOrDefault(parameter.path("name").asText(), "");
            if (!parameter.has("description") && !description.isEmpty()) {
                ((ObjectNode) parameter).put("description", description);
            }
        }
    }

    /** 24 characters (milliseconds) when the sample's times are whole milliseconds, else 30 (nanoseconds). */
    private static int timeLength(List<Variable> sample) {
        for (Variable v : sample) {
            for (int r = 0; r < v.records(); r++) {
                if (Math.floorMod(Tt2000.toUnixNanos(v.time().get(r)), 1_000_000L) != 0) {
                    return 30;
                }
            }
        }
        return 24;
    }

    private HapiInfo selected(HapiInfo info, String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return info;
        }
        List<String> asked = List.of(parameters.split(","));
        Set<String> seen = new LinkedHashSet<>();
        int last = 0;
        for (String p : asked) {
            int index = -1;
            for (int i = 0; i < info.parameters().size(); i++) {
                if (info.parameters().get(i).name().equals(p)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw HapiError.badRequest(1407, "Bad request - unknown dataset parameter: " + p);
            }
            if (!seen.add(p) || index < last) {
                throw HapiError.badRequest(1411, "Bad request - out of order or duplicate parameters: " + parameters);
            }
            last = index;
        }
        List<String> names = new ArrayList<>();
        names.add(info.parameters().getFirst().name());
        for (String p : asked) {
            if (!p.equals(names.getFirst())) {
                names.add(p);
            }
        }
        return info.select(names);
    }

    private InventoryNode dataset(Context ctx) {
        String id = ctx.queryParam("dataset") != null ? ctx.queryParam("dataset") : ctx.queryParam("id");
        if (id == null) {
            throw HapiError.badRequest(1400, "Bad request - user input error: no dataset given");
        }
        InventoryNode dataset = datasets.get(id);
        if (dataset == null) {
            throw HapiError.notFound(1406, "Bad request - unknown dataset id: " + id);
        }
        return dataset;
    }

    private static long time(Context ctx, String name, String v2Name, int code) {
        String text = ctx.queryParam(name) != null ? ctx.queryParam(name) : ctx.queryParam(v2Name);
        if (text == null) {
            throw HapiError.badRequest(code, "Bad request - missing " + name);
        }
        try {
            return Tt2000.parse(text);
        } catch (TimeParseException e) {
            throw HapiError.badRequest(code, "Bad request - error in " + name + " time: " + e.getMessage());
        }
    }

    private static void checkKnownParameters(Context ctx, Set<String> allowed) {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(p) && !p.startsWith("x_")) {
                throw HapiError.badRequest(1401, "Bad request - unknown API parameter name: " + p);
            }
        }
    }

    private void respond(Context ctx, ObjectNode body) {
        ctx.contentType("application/json").result(body.toPrettyString());
    }

    private void refuse(Context ctx, HapiError e) {
        ctx.status(e.http).contentType("application/json").result(status(e.code, e.getMessage()).toPrettyString());
    }
}
