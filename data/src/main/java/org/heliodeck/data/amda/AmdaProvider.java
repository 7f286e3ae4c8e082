package org.heliodeck.data.amda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.CdfVariable;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.http.HttpFailure;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.data.http.WebServiceProvider;
import org.heliodeck.data.inventory.AmdaTreeReader;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.AmdaAsciiCodec;
import org.heliodeck.formats.catalog.AmdaVotableCodec;
import org.heliodeck.formats.catalog.CatalogDocument;

/**
 * AMDA's REST web service as a provider. The inventory is the observatory data tree; a fetch asks
 * {@code getParameter} for each parameter, which answers with the URL of a generated file, then
 * downloads that file and reads it: an ISTP CDF with the cdf module, ASCII with the
 * {@code amda-ascii} codec. AMDA's parameter ids are global, so the dataset only names the
 * variables' product. Beside the provider's questions it lists AMDA's shared time tables and
 * catalogs and reads them as catalog documents.
 */
public final class AmdaProvider extends WebServiceProvider {

    public static final String NAME = AmdaTreeReader.PROVIDER;
    public static final URI DEFAULT_BASE = URI.create("https://amda.irap.omp.eu/php/rest/");

    /** What {@code getParameter} is asked to generate ({@code outputFormat}, spelled as AMDA and speasy spell it). */
    public enum ParameterFormat {
        /**
         * An ISTP CDF, binary and typed, read first; ASCII is asked for instead when the CDF attempt fails
         * in any way but cancellation: AMDA refuses it, answers without a file, sends one that is not a
         * readable CDF of the parameter, or the request fails (the ASCII request then has the same bounded
         * waits, so a server that is down costs two bounded attempts, never a hang).
         */
        CDF_ISTP,
        /** AMDA's text table, read with the {@code amda-ascii} codec; nothing else is tried. */
        ASCII
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** AMDA reads whole seconds without a zone, UTC understood. */
    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);
    private static final long SECOND = 1_000_000_000L;
    private static final Pattern WRAPPED_URL = Pattern.compile("(?s)(?:<\\?xml[^>]*\\?>)?\\s*<([\\w:.-]+)[^>]*>\\s*"
            + "(https?://[^<\\s]+)\\s*</\\1>");

    private final ParameterFormat format;

    /** A provider asking for CDF first, ASCII when CDF fails. @param base the REST root, ending in {@code /rest/} */
    public AmdaProvider(URI base, HttpSettings settings) {
        this(base, settings, ParameterFormat.CDF_ISTP);
    }

    /** @param format what {@code getParameter} is asked for first */
    public AmdaProvider(URI base, HttpSettings settings, ParameterFormat format) {
        super(NAME, base, settings);
        this.format = Objects.requireNonNull(format, "format");
    }

    /** Half days, as the reference client caches AMDA. */
    @Override
    public Duration fragmentLength() {
        return Duration.ofHours(12);
    }

    /**
     * The data tree. {@code getObsDataTree} answers with the URL of the tree's XML (as JSON or plain
     * text); an answer that is the XML itself is read as it is.
     */
    @Override
    public List<InventoryNode> inventory() throws IOException {
        String subject = "the data tree";
        Located tree = indirect(base.resolve("getObsDataTree.php"), subject, "the tree");
        try {
            return AmdaTreeReader.read(new ByteArrayInputStream(tree.body()), tree.from().toString());
        } catch (DataFormatException e) {
            throw failure(subject, "the tree is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * AMDA's shared time tables, from the list whose URL {@code getTimeTablesList} gives.
     *
     * @throws IOException naming the list and the cause
     */
    public List<AmdaTimeTableInfo> timeTables() throws IOException {
        return list("getTimeTablesList.php", "the list of time tables", AmdaListReader.TIME_TABLES);
    }

    /**
     * AMDA's shared catalogs, from the list whose URL {@code getCatalogsList} gives.
     *
     * @throws IOException naming the list and the cause
     */
    public List<AmdaTimeTableInfo> catalogs() throws IOException {
        return list("getCatalogsList.php", "the list of catalogs", AmdaListReader.CATALOGS);
    }

    /**
     * A time table, one catalogue whose events are its intervals: {@code getTimeTable} gives the URL of
     * its VOTable, read with the {@code amda-votable} codec.
     *
     * @param id an id of {@link #timeTables()}, e.g. {@code sharedtimeTable_0}
     * @throws IOException naming the time table and the cause
     */
    public CatalogDocument timeTable(String id) throws IOException {
        return votable("getTimeTable.php", "ttID", id, "time table " + id);
    }

    /**
     * A catalog, one catalogue whose events carry its columns: {@code getCatalog} gives the URL of
     * its VOTable, read with the {@code amda-votable} codec.
     *
     * @param id an id of {@link #catalogs()}, e.g. {@code sharedcatalog_22}
     * @throws IOException naming the catalog and the cause
     */
    public CatalogDocument catalog(String id) throws IOException {
        return votable("getCatalog.php", "catID", id, "catalog " + id);
    }

    private List<AmdaTimeTableInfo> list(String service, String subject, Set<String> entries) throws IOException {
        Located list = indirect(base.resolve(service), subject, "the list");
        try {
            return AmdaListReader.read(new ByteArrayInputStream(list.body()), list.from().toString(), entries);
        } catch (DataFormatException e) {
            throw failure(subject, "the list is malformed: " + e.getMessage(), e);
        }
    }

    private CatalogDocument votable(String service, String key, String id, String subject) throws IOException {
        if (id.isBlank()) {
            throw new IllegalArgumentException("amda: no id given for a " + subject.strip());
        }
        Located table = indirect(base.resolve(service + "?" + encode(Map.of(key, id))), subject, "the VOTable");
        Path temp = Files.createTempFile("amda-", ".xml");
        try {
            Files.write(temp, table.body());
            return new AmdaVotableCodec().read(temp);
        } catch (DataFormatException e) {
            throw failure(subject, "the VOTable " + table.from() + " is malformed: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A document, and where it was read from. */
    private record Located(byte[] body, URI from) {}

    /**
     * The XML document an AMDA service points to. Such services answer with its URL, as JSON, as
     * plain text or wrapped in one XML element; an answer that is another XML document is the
     * document itself.
     *
     * @param what the document, for messages
     */
    private Located indirect(URI ask, String subject, String what) throws IOException {
        byte[] answer = get(ask, subject, FetchContext.UNWATCHED);
        String text = new String(answer, StandardCharsets.UTF_8).strip();
        Optional<String> wrapped = wrappedUrl(text);
        if (isXml(answer) && wrapped.isEmpty()) {
            return new Located(answer, ask);
        }
        URI at = base.resolve(uri(wrapped.isPresent() ? wrapped.get() : location(text, ask, subject, what), subject));
        return new Located(get(at, subject + " at " + at, FetchContext.UNWATCHED), at);
    }

    /** The URL of an answer such as {@code <TimeTables>http://…</TimeTables>}. */
    private static Optional<String> wrappedUrl(String text) {
        Matcher m = WRAPPED_URL.matcher(text);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** The first http(s) URL of a JSON answer, or the answer itself when it is one. */
    private static String location(String text, URI ask, String subject, String what) throws IOException {
        Optional<String> url;
        if (text.startsWith("{") || text.startsWith("[")) {
            JsonNode root = readJson(text, subject);
            refuseFailure(root, subject);
            url = firstUrl(root);
        } else {
            url = isUrl(text) ? Optional.of(text) : Optional.empty();
        }
        return url.orElseThrow(() -> failure(subject, "the answer of " + ask + " holds neither " + what
                + " nor its URL: " + excerpt(text), null));
    }

    private static boolean isUrl(String text) {
        return text.startsWith("http://") || text.startsWith("https://");
    }

    private static Optional<String> firstUrl(JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText().strip();
            return isUrl(s) ? Optional.of(s) : Optional.empty();
        }
        for (JsonNode child : node) {
            Optional<String> found = firstUrl(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * One variable per parameter, named after it, with {@code dataset} as its product.
     *
     * @throws IOException naming {@code amda}, the parameter, the range and the cause
     */
    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
            throws IOException {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("amda: no parameter asked of " + dataset + "; AMDA serves parameters one by one");
        }
        List<Variable> variables = new ArrayList<>(parameters.size());
        for (String parameter : parameters) {
            context.checkNotCancelled();
            variables.add(parameter(dataset, parameter, range, context));
        }
        return variables;
    }

    private Variable parameter(String dataset, String parameter, TimeRange range, FetchContext context)
            throws IOException {
        String start = amdaTime(range.start());
        String stop = amdaTimeAtOrAfter(range.stop());
        String subject = "parameter " + parameter + " over " + start + "/" + stop;
        if (range.isEmpty()) {
            throw failure(subject, "the range is empty: start is not before stop", null);
        }
        if (format == ParameterFormat.ASCII) {
            return generated(dataset, parameter, start, stop, ParameterFormat.ASCII, subject, context);
        }
        try {
            return generated(dataset, parameter, start, stop, ParameterFormat.CDF_ISTP, subject, context);
        } catch (IOException asCdf) {
            context.checkNotCancelled();
            if (unreachable(asCdf)) {
                throw asCdf; // asking again in another format would only double the wait
            }
            try {
                return generated(dataset, parameter, start, stop, ParameterFormat.ASCII, subject, context);
            } catch (IOException asAscii) {
                IOException both = failure(subject, causeOf(asAscii, subject) + " (asked as ASCII after CDF_ISTP failed: "
                        + causeOf(asCdf, subject) + ")", asAscii);
                both.addSuppressed(asCdf);
                throw both;
            }
        }
    }

    /** Whether the failure is AMDA not answering at all (refused connection, timeout), not a bad answer. */
    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Asks AMDA to generate the parameter's file in that format, downloads it and reads it. */
    private Variable generated(String dataset, String parameter, String start, String stop, ParameterFormat as,
            String subject, FetchContext context) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("startTime", start);
        query.put("stopTime", stop);
        query.put("parameterID", parameter);
        query.put("outputFormat", as.name());
        URI ask = base.resolve("getParameter.php?" + encode(query));
        JsonNode answer = readJson(new String(get(ask, subject, context), StandardCharsets.UTF_8), subject);
        refuseFailure(answer, subject);
        JsonNode urls = answer.path("dataFileURLs");
        String url = (urls.isArray() ? urls.path(0) : urls).asText("").strip();
        if (url.isEmpty()) {
            throw failure(subject, "the answer names no data file (no dataFileURLs): " + excerpt(answer.toString()), null);
        }
        URI file = base.resolve(uri(url, subject));
        Path temp = Files.createTempFile("amda-", as == ParameterFormat.ASCII ? ".txt" : ".cdf");
        try {
            try {
                http.get(file, context, (body, type) -> Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING));
            } catch (HttpFailure e) {
                throw failure(subject, "downloading " + file + ": " + e.getMessage(), e);
            }
            Variable found = as == ParameterFormat.ASCII
                    ? variable(parameter, readAscii(temp, file, subject), subject)
                    : readCdf(parameter, temp, file, subject);
            return Variable.of(dataset, parameter, found.time().toArray(), found.values(), found.axes(), found.metadata());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The CDF's variable named after the parameter, or its only data variable. */
    private static Variable readCdf(String parameter, Path temp, URI file, String subject) throws IOException {
        try (CdfFile cdf = CdfFile.open(temp)) {
            IstpReader istp = new IstpReader(cdf);
            if (cdf.variable(parameter).isPresent()) {
                return istp.read(parameter);
            }
            List<CdfVariable> data = istp.dataVariables();
            if (data.size() != 1) {
                throw failure(subject, "the CDF " + file + " has no variable " + parameter + " but "
                        + data.stream().map(CdfVariable::name).toList(), null);
            }
            return istp.read(data.getFirst().name());
        } catch (DataFormatException e) {
            throw failure(subject, "the data file " + file + " is not a readable CDF: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw failure(subject, "the CDF " + file + ": " + e.getMessage(), e);
        }
    }

    private static DataSet readAscii(Path temp, URI file, String subject) throws IOException {
        try {
            return new AmdaAsciiCodec().read(temp);
        } catch (DataFormatException e) {
            throw failure(subject, "the data file " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The file's variable of that name, or its only one (AMDA names derived columns its own way). */
    private static Variable variable(String parameter, DataSet data, String subject) throws IOException {
        return data.variable(parameter)
                .or(() -> data.variables().size() == 1 ? Optional.of(data.variables().getFirst()) : Optional.empty())
                .orElseThrow(() -> failure(subject, "the data file has no column of " + parameter + " but "
                        + data.variables().stream().map(Variable::name).toList(), null));
    }

    private byte[] get(URI uri, String subject, FetchContext context) throws IOException {
        try {
            return http.get(uri, context, (body, type) -> body.readAllBytes());
        } catch (HttpFailure e) {
            throw failure(subject, e.getMessage(), e);
        }
    }

    private static JsonNode readJson(String text, String subject) throws IOException {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isContainerNode()) {
                throw failure(subject, "the answer is not a JSON object: " + excerpt(text), null);
            }
            return root;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw failure(subject, "the answer is not valid JSON (" + e.getOriginalMessage() + "): " + excerpt(text), e);
        }
    }

    /** AMDA's {@code success: false}, with its message. */
    private static void refuseFailure(JsonNode root, String subject) throws IOException {
        JsonNode success = root.path("success");
        if (success.isBoolean() && !success.asBoolean()) {
            String message = root.path("message").asText(root.path("error").asText(""));
            throw failure(subject, "AMDA refused: " + (message.isBlank() ? "success=false, no message" : message), null);
        }
    }

    private static URI uri(String text, String subject) throws IOException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw failure(subject, "the answer's URL is not one: " + excerpt(text), e);
        }
    }

    private static boolean isXml(byte[] answer) {
        for (byte b : answer) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<';
            }
        }
        return false;
    }

    /** The stop rounded up to a whole second, so that the last partial second is asked for too. */
    private static String amdaTimeAtOrAfter(long tt2000) {
        String down = amdaTime(tt2000);
        long whole = Tt2000.parse(down + "Z");
        return whole < tt2000 ? amdaTime(whole + SECOND) : down;
    }

    private static String amdaTime(long tt2000) {
        String iso = SECONDS.format(tt2000);
        return iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso;
    }

    /** Times keep their {@code :}, as AMDA's examples write them. */
    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("%3A", ":"))
                .collect(Collectors.joining("&"));
    }

    private static String excerpt(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static IOException failure(String subject, String cause, Throwable reason) {
        return new IOException(prefix(subject) + cause, reason);
    }

    /** The cause a {@link #failure} about {@code subject} gives, without its subject. */
    private static String causeOf(IOException failure, String subject) {
        String message = String.valueOf(failure.getMessage());
        return message.startsWith(prefix(subject)) ? message.substring(prefix(subject).length()) : message;
    }

    private static String prefix(String subject) {
        return "amda: " + subject + ": ";
    }
}
