package org.heliodeck.data.hapi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.http.BodyStream;
import org.heliodeck.formats.hapi.HapiBinaryReader;
import org.heliodeck.formats.hapi.HapiCsvReader;
import org.heliodeck.formats.hapi.HapiInfo;
import org.heliodeck.formats.hapi.HapiParameter;
import org.heliodeck.formats.hapi.HapiInfoJson;
import org.heliodeck.formats.hapi.HapiReader;
import org.heliodeck.formats.hapi.HapiTable;

/**
 * A client of one HAPI server over the JDK {@link HttpClient}.
 *
 * <p>It learns the server's version and formats from {@code /capabilities} once, then speaks the
 * server's dialect (v2 or v3 parameter names) and asks for binary data where offered. Infos are
 * kept once read. Data requests longer than the server's {@code maxRequestDuration} are split and
 * the pieces concatenated. Timeouts, refused connections and 5xx answers are retried with an
 * exponential backoff; 4xx answers are not. Every failure is a {@link HapiException} naming the
 * server, the request and the cause; nothing waits longer than the configured timeouts.
 */
public final class HapiClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERROR_BYTES = 64 * 1024;
    private static final IsoTimeFormat REQUEST_TIME = IsoTimeFormat.MILLIS;

    private final HapiEndpoint server;
    private final HapiClientSettings settings;
    private final HttpClient http;
    private final Map<String, HapiInfo> infos = new ConcurrentHashMap<>();
    private volatile HapiCapabilities capabilities;

    public HapiClient(HapiEndpoint server, HapiClientSettings settings) {
        this.server = Objects.requireNonNull(server, "server");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(settings.httpVersion())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public HapiEndpoint server() {
        return server;
    }

    /** The server's capabilities, asked once. */
    public HapiCapabilities capabilities() throws HapiException {
        HapiCapabilities known = capabilities;
        if (known == null) {
            known = HapiMetadataJson.capabilities(json("capabilities", Map.of(), "capabilities"),
                    server.endpoint("capabilities", "").toString());
            capabilities = known;
        }
        return known;
    }

    /** The server's {@code /about}; empty for servers older than HAPI 3, which have none. */
    public Optional<HapiAbout> about() throws HapiException {
        if (capabilities().dialect() == HapiDialect.V2) {
            return Optional.empty();
        }
        return Optional.of(HapiMetadataJson.about(json("about", Map.of(), "about")));
    }

    /**
     * Every dataset the server offers. A HAPI 3.3 server is asked for its infos at the same time
     * ({@code include=all}): one request then describes every parameter, where older servers need
     * one info request per dataset. A server that refuses {@code include=all} is asked again plainly.
     */
    public List<HapiCatalogEntry> catalog() throws HapiException {
        if (capabilities().listsInfosInCatalog()) {
            try {
                JsonNode root = json("catalog", Map.of("include", "all"), "catalog with infos");
                String source = server.endpoint("catalog", "include=all").toString();
                infos.putAll(HapiMetadataJson.catalogInfos(root, source));
                return HapiMetadataJson.catalog(root, source);
            } catch (HapiException refused) {
                if (refused.hapiCode().orElse(0) / 100 != 14) {
                    throw refused;
                }
            }
        }
        return HapiMetadataJson.catalog(json("catalog", Map.of(), "catalog"),
                server.endpoint("catalog", "").toString());
    }

    /** The info of {@code dataset}, asked once. */
    public HapiInfo info(String dataset) throws HapiException {
        HapiInfo known = infos.get(dataset);
        if (known != null) {
            return known;
        }
        String subject = "info of " + dataset;
        Map<String, String> query = Map.of(capabilities().dialect().dataset(), dataset);
        JsonNode root = json("info", query, subject);
        HapiInfo info;
        try {
            info = HapiInfoJson.parse(root.toString(), server.endpoint("info", encode(query)).toString(), "");
        } catch (DataFormatException e) {
            throw failure(subject, "the info is not a HAPI info: " + e.getMessage(), 0, 0, e);
        }
        if (info.parameters().isEmpty()) {
            throw failure(subject, "the info lists no parameters", 0, 0, null);
        }
        infos.put(dataset, info);
        return info;
    }

    /**
     * The info of {@code dataset} narrowed to the time and {@code parameters} (all when empty), as a
     * data request for them describes its records.
     */
    public HapiInfo info(String dataset, List<String> parameters) throws HapiException {
        HapiInfo info = info(dataset);
        try {
            return parameters.isEmpty() ? info : info.select(parameters);
        } catch (IllegalArgumentException e) {
            throw failure("info of " + dataset, e.getMessage(), 0, 0, e);
        }
    }

    /** The info of {@code dataset} when it has been read already; asks nothing. */
    public Optional<HapiInfo> knownInfo(String dataset) {
        return Optional.ofNullable(infos.get(dataset));
    }

    /**
     * The records of {@code parameters} of {@code dataset} (all when empty) over {@code range}.
     * A server's "no data" (1201) is an empty table.
     *
     * @throws HapiException when the range is empty, a parameter is unknown, or the server fails
     * @throws java.util.concurrent.CancellationException when {@code context} is cancelled
     */
    public HapiTable data(String dataset, List<String> parameters, TimeRange range, FetchContext context)
            throws HapiException {
        String subject = dataSubject(dataset, range);
        if (range.isEmpty()) {
            throw failure(subject, "the range is empty: start is not before stop", 0, 0, null);
        }
        HapiInfo selected;
        HapiCapabilities caps;
        Optional<Duration> limit;
        try {
            caps = capabilities();
            selected = info(dataset, parameters);
            limit = HapiMetadataJson.maxRequestDuration(info(dataset)).or(caps::maxRequestDuration);
        } catch (HapiException e) {
            // The data request is what the caller asked for: name it, with what failed on the way.
            throw failure(subject, "reading the " + e.getMessage().substring(server.toString().length() + 2),
                    e.hapiCode().orElse(0), e.httpStatus().orElse(0), e);
        }
        // Servers refuse requests outside the dataset's dates (1405): ask only for the part inside.
        Optional<TimeRange> coverage = coverage(info(dataset));
        Optional<TimeRange> inside = coverage.isPresent() ? range.intersect(coverage.get()) : Optional.of(range);
        if (inside.isEmpty()) {
            return HapiTable.empty(selected);
        }
        List<HapiTable> pieces = new ArrayList<>();
        for (TimeRange piece : split(inside.get(), limit)) {
            context.checkNotCancelled();
            pieces.add(dataPiece(dataset, parameters, piece, selected, caps, context));
        }
        return pieces.size() == 1 ? pieces.getFirst() : HapiTables.concat(pieces);
    }

    private HapiTable dataPiece(String dataset, List<String> parameters, TimeRange piece, HapiInfo selected,
            HapiCapabilities caps, FetchContext context) throws HapiException {
        HapiDialect dialect = caps.dialect();
        String format = caps.preferredFormat();
        Map<String, String> query = new LinkedHashMap<>();
        query.put(dialect.dataset(), dataset);
        query.put(dialect.start(), REQUEST_TIME.format(piece.start()));
        query.put(dialect.stop(), REQUEST_TIME.format(piece.stop()));
        // Servers refuse parameters out of the info's order (1411); the selected info has that order.
        List<String> ordered = selected.parameters().stream().skip(1).map(HapiParameter::name).toList();
        if (!parameters.isEmpty() && !ordered.isEmpty()) {
            query.put("parameters", String.join(",", ordered));
        }
        if (!format.equals("csv")) {
            query.put("format", format);
        }
        String subject = dataSubject(dataset, piece);
        URI uri = server.endpoint("data", encode(query));
        return exchange(uri, subject, context, (body, contentType) -> {
            if (contentType.equals("application/json")) {
                return noDataOrError(body, subject, selected, uri, contentType);
            }
            if (!acceptable(format, contentType)) {
                throw failure(subject, "the server answered " + contentType + " where HAPI " + format
                        + " was expected", 0, 200, null);
            }
            HapiReader reader = format.equals("binary") ? new HapiBinaryReader() : new HapiCsvReader();
            return reader.read(body, selected, uri.toString());
        });
    }

    /** A JSON answer to a data request: a status, which is "no data" or an error. */
    private HapiTable noDataOrError(InputStream body, String subject, HapiInfo selected, URI uri, String contentType)
            throws IOException {
        JsonNode root = JSON.readTree(body);
        int code = root == null ? 0 : root.path("status").path("code").asInt(0);
        if (code == 1201) {
            return HapiTable.empty(selected);
        }
        checkStatus(root, subject, 200);
        throw failure(subject, "the server answered " + contentType + " with status " + code
                + " where data was expected", code, 200, null);
    }

    private static boolean acceptable(String format, String contentType) {
        if (contentType.isEmpty()) {
            return true;
        }
        return format.equals("binary")
                ? contentType.equals("application/octet-stream") || contentType.contains("binary")
                : contentType.equals("text/csv") || contentType.equals("text/plain") || contentType.equals("application/csv");
    }

    /** The dataset's span; empty where the dates are missing or unreadable (servers write them loosely). */
    static Optional<TimeRange> coverage(HapiInfo info) {
        if (info.startDate().isEmpty() || info.stopDate().isEmpty()) {
            return Optional.empty();
        }
        try {
            long start = Tt2000.parse(info.startDate().get());
            long stop = Tt2000.parse(info.stopDate().get());
            return stop >= start ? Optional.of(new TimeRange(start, stop)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code range} in pieces no longer than {@code limit}. */
    static List<TimeRange> split(TimeRange range, Optional<Duration> limit) {
        if (limit.isEmpty() || range.duration() <= limit.get().toNanos()) {
            return List.of(range);
        }
        long step = limit.get().toNanos();
        List<TimeRange> pieces = new ArrayList<>();
        for (long start = range.start(); start < range.stop(); start = Math.addExact(start, step)) {
            pieces.add(new TimeRange(start, Math.min(range.stop(), Math.addExact(start, step))));
        }
        return pieces;
    }

    private JsonNode json(String endpoint, Map<String, String> query, String subject) throws HapiException {
        URI uri = server.endpoint(endpoint, encode(query));
        return exchange(uri, subject, FetchContext.UNWATCHED, (body, contentType) -> {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw failure(subject, "the answer is not a JSON object", 0, 200, null);
            }
            checkStatus(root, subject, 200);
            return root;
        });
    }

    /** Reads a successful response's body; the body stream is closed after. */
    @FunctionalInterface
    private interface BodyReader<T> {
        T read(InputStream body, String contentType) throws IOException;
    }

    private <T> T exchange(URI uri, String subject, FetchContext context, BodyReader<T> reader) throws HapiException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).GET().build();
        HapiException last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            if (attempt > 1) {
                pause(settings.backoffBefore(attempt), subject, last);
                context.checkNotCancelled();
            }
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofPublisher());
            } catch (HttpTimeoutException e) {
                last = failure(subject, "no answer within " + millis(e) + " (timeout)", 0, 0, e);
                continue;
            } catch (ConnectException e) {
                last = failure(subject, "cannot connect: " + describe(e), 0, 0, e);
                continue;
            } catch (IOException e) {
                throw failure(subject, "the request failed: " + describe(e), 0, 0, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(subject, "interrupted", 0, 0, e);
            }
            BodyStream body = new BodyStream(settings.requestTimeout(), context);
            response.body().subscribe(body);
            int status = response.statusCode();
            try (body) {
                if (status >= 400) {
                    HapiException error = errorAnswer(status, body, subject);
                    if (status >= 500 && attempt < settings.attempts()) {
                        last = error;
                        continue;
                    }
                    throw error;
                }
                return reader.read(body, contentType(response));
            } catch (HapiException e) {
                throw e;
            } catch (JacksonException e) {
                throw failure(subject, "the answer is not valid JSON: " + e.getOriginalMessage(), 0, status, e);
            } catch (DataFormatException e) {
                throw failure(subject, "the answer is malformed: " + e.getMessage(), 0, status, e);
            } catch (HttpTimeoutException e) {
                throw failure(subject, e.getMessage(), 0, status, e);
            } catch (IOException e) {
                throw failure(subject, "the answer broke off (truncated): " + describe(e), 0, status, e);
            }
        }
        Objects.requireNonNull(last, "no attempt made");
        throw failure(subject, lastCause(last) + " (after " + settings.attempts() + " tries)",
                last.hapiCode().orElse(0), last.httpStatus().orElse(0), last);
    }

    /** The cause part of an earlier failure's message. */
    private String lastCause(HapiException last) {
        String message = last.getMessage();
        String prefix = server + ": ";
        int at = message.indexOf(": ", prefix.length());
        return at < 0 ? message : message.substring(at + 2);
    }

    private void pause(Duration backoff, String subject, HapiException last) throws HapiException {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(subject, "interrupted while waiting to retry after: " + lastCause(last), 0, 0, e);
        }
    }

    /** The failure an error answer describes: its HAPI status where the body has one, else the HTTP status. */
    private HapiException errorAnswer(int status, InputStream body, String subject) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_ERROR_BYTES);
        } catch (IOException e) {
            return failure(subject, "HTTP " + status + " (the error body broke off: " + describe(e) + ")", 0,
                    status, e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            JsonNode root = JSON.readTree(text);
            JsonNode code = root == null ? null : root.path("status").path("code");
            if (code != null && code.canConvertToInt()) {
                return failure(subject, "HAPI " + code.asInt() + " " + root.path("status").path("message").asText("")
                        + " (HTTP " + status + ")", code.asInt(), status, null);
            }
        } catch (JacksonException e) {
            // Not JSON: an HTML error page or plain text, quoted below.
        }
        String excerpt = text.strip().lines().findFirst().orElse("");
        return failure(subject, "HTTP " + status + (excerpt.isEmpty() ? "" : ": "
                + excerpt.substring(0, Math.min(200, excerpt.length()))), 0, status, null);
    }

    /** Refuses a JSON answer whose status is an error, e.g. a 1406 sent with HTTP 200. */
    private void checkStatus(JsonNode root, String subject, int httpStatus) throws HapiException {
        JsonNode code = root.path("status").path("code");
        if (code.canConvertToInt() && code.asInt() >= 1400) {
            throw failure(subject, "HAPI " + code.asInt() + " " + root.path("status").path("message").asText(""),
                    code.asInt(), httpStatus, null);
        }
    }

    private HapiException failure(String subject, String cause, int hapiCode, int httpStatus, Throwable reason) {
        return new HapiException(server, subject, cause, hapiCode, httpStatus, reason);
    }

    private static String dataSubject(String dataset, TimeRange range) {
        return "data of " + dataset + " over " + REQUEST_TIME.format(range.start()) + "/"
                + REQUEST_TIME.format(range.stop());
    }

    private String millis(HttpTimeoutException e) {
        return e instanceof java.net.http.HttpConnectTimeoutException
                ? settings.connectTimeout().toMillis() + " ms to connect"
                : settings.requestTimeout().toMillis() + " ms";
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The media type without parameters, lower case; empty when the server sent none. */
    private static String contentType(HttpResponse<?> response) {
        String value = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** A query string; times and lists keep their {@code :} and {@code ,}, which servers read best as they are. */
    static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)
                        .replace("%3A", ":").replace("%2C", ","))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        http.shutdownNow();
    }

    @Override
    public String toString() {
        return "HapiClient[" + server + "]";
    }
}
