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
import java.util.Optional;
import java.util.stream.Collectors;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.Provider;
import org.heliodeck.data.http.HttpFailure;
import org.heliodeck.data.http.HttpGetter;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.data.inventory.AmdaTreeReader;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.AmdaAsciiCodec;

/**
 * AMDA's REST web service as a provider. The inventory is the observatory data tree; a fetch asks
 * {@code getParameter} for each parameter as ASCII, which answers with the URL of a generated file,
 * then downloads that file and reads it with the {@code amda-ascii} codec. AMDA's parameter ids are
 * global, so the dataset only names the variables' product.
 */
public final class AmdaProvider implements Provider, AutoCloseable {

    public static final URI DEFAULT_BASE = URI.create("https://amda.irap.omp.eu/php/rest/");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** AMDA reads whole seconds without a zone, UTC understood. */
    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);
    private static final long SECOND = 1_000_000_000L;

    private final URI base;
    private final HttpGetter http;

    /** @param base the REST root, ending in {@code /rest/} */
    public AmdaProvider(URI base, HttpSettings settings) {
        this.base = HttpGetter.directory(base);
        this.http = new HttpGetter(settings);
    }

    @Override
    public String name() {
        return AmdaTreeReader.PROVIDER;
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
        URI ask = base.resolve("getObsDataTree.php");
        String subject = "the data tree";
        byte[] answer = get(ask, subject, FetchContext.UNWATCHED);
        if (isXml(answer)) {
            return tree(answer, ask, subject);
        }
        URI treeUri = treeLocation(answer, ask, subject);
        return tree(get(treeUri, subject + " at " + treeUri, FetchContext.UNWATCHED), treeUri, subject);
    }

    private static List<InventoryNode> tree(byte[] xml, URI from, String subject) throws IOException {
        try {
            return AmdaTreeReader.read(new ByteArrayInputStream(xml), from.toString());
        } catch (DataFormatException e) {
            throw failure(subject, "the tree is malformed: " + e.getMessage(), e);
        }
    }

    /** The first http(s) URL of a JSON answer, or the answer itself when it is one. */
    private static URI treeLocation(byte[] answer, URI ask, String subject) throws IOException {
        String text = new String(answer, StandardCharsets.UTF_8).strip();
        Optional<String> url;
        if (text.startsWith("{") || text.startsWith("[")) {
            JsonNode root = readJson(text, subject);
            refuseFailure(root, subject);
            url = firstUrl(root);
        } else {
            url = text.startsWith("http://") || text.startsWith("https://") ? Optional.of(text) : Optional.empty();
        }
        return uri(url.orElseThrow(() -> failure(subject, "the answer of " + ask + " holds neither the tree nor its URL: "
                + excerpt(text), null)), subject);
    }

    private static Optional<String> firstUrl(JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText().strip();
            return s.startsWith("http://") || s.startsWith("https://") ? Optional.of(s) : Optional.empty();
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
        Map<String, String> query = new LinkedHashMap<>();
        query.put("startTime", start);
        query.put("stopTime", stop);
        query.put("parameterID", parameter);
        query.put("outputFormat", "ASCII");
        URI ask = base.resolve("getParameter.php?" + encode(query));
        JsonNode answer = readJson(new String(get(ask, subject, context), StandardCharsets.UTF_8), subject);
        refuseFailure(answer, subject);
        JsonNode urls = answer.path("dataFileURLs");
        String url = (urls.isArray() ? urls.path(0) : urls).asText("").strip();
        if (url.isEmpty()) {
            throw failure(subject, "the answer names no data file (no dataFileURLs): " + excerpt(answer.toString()), null);
        }
        URI file = base.resolve(uri(url, subject));
        Path temp = Files.createTempFile("amda-", ".txt");
        try {
            try {
                http.get(file, context, (body, type) -> Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING));
            } catch (HttpFailure e) {
                throw failure(subject, "downloading " + file + ": " + e.getMessage(), e);
            }
            return variable(dataset, parameter, read(temp, file, subject), subject);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static DataSet read(Path temp, URI file, String subject) throws IOException {
        try {
            return new AmdaAsciiCodec().read(temp);
        } catch (DataFormatException e) {
            throw failure(subject, "the data file " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The file's variable of that name, or its only one (AMDA names derived columns its own way). */
    private static Variable variable(String dataset, String parameter, DataSet data, String subject) throws IOException {
        Variable found = data.variable(parameter)
                .or(() -> data.variables().size() == 1 ? Optional.of(data.variables().getFirst()) : Optional.empty())
                .orElseThrow(() -> failure(subject, "the data file has no column of " + parameter + " but "
                        + data.variables().stream().map(Variable::name).toList(), null));
        return Variable.of(dataset, parameter, found.time().toArray(), found.values(), found.axes(), found.metadata());
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
        return new IOException("amda: " + subject + ": " + cause, reason);
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "AmdaProvider[" + base + "]";
    }
}
