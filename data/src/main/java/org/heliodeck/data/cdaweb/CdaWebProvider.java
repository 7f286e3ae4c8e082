package org.heliodeck.data.cdaweb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.http.HttpFailure;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.data.http.WebServiceProvider;

/**
 * NASA's CDAWeb through the CDAS REST web services ({@code dataviews/sp_phys}), answering in JSON.
 *
 * <p>The inventory is one request: every dataset, under its observatory group and instrument. The
 * variables of a dataset take one request per dataset, too many for ~3000 datasets at once, so they
 * are asked on demand ({@link #variables}, {@link #parameters}). A fetch asks CDAS to cut a CDF of
 * the wanted variables over the range, downloads the file(s) it names and reads them with the ISTP
 * conventions, each variable on the time axis it depends on.
 */
public final class CdaWebProvider extends WebServiceProvider {

    public static final String NAME = "cdaweb";
    public static final URI DEFAULT_BASE = URI.create("https://cdaweb.gsfc.nasa.gov/WS/cdasr/1/");

    private static final String JSON = "application/json";
    private static final String DATAVIEW = "dataviews/sp_phys/";
    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);
    private static final long SECOND = 1_000_000_000L;

    /** @param base the REST root, e.g. {@link #DEFAULT_BASE} */
    public CdaWebProvider(URI base, HttpSettings settings) {
        super(NAME, base, settings);
    }

    /**
     * Mission (observatory group) → instrument → dataset nodes. Cadence is left unknown: CDAS does not
     * give it, and dataset ids do not tell it reliably (an {@code H0} is 16 s for one mission, 1 min
     * for another).
     */
    @Override
    public List<InventoryNode> inventory() throws IOException {
        URI uri = base.resolve(DATAVIEW + "datasets");
        List<CdasDataset> datasets = getJson(uri, "the dataset list", FetchContext.UNWATCHED,
                body -> CdasJson.datasets(body, uri.toString()));
        Map<String, InventoryNode> folders = new LinkedHashMap<>();
        List<InventoryNode> leaves = new ArrayList<>();
        for (CdasDataset d : datasets) {
            String mission = segment(d.mission());
            String instrument = mission + "/" + segment(d.instrument());
            folders.computeIfAbsent(mission, p -> folder(p, NodeKind.MISSION, d.mission()));
            folders.computeIfAbsent(instrument, p -> folder(p, NodeKind.INSTRUMENT, d.instrument()));
            leaves.add(new InventoryNode(NAME, instrument + "/" + segment(d.id()), NodeKind.DATASET, d.id(), d.id(),
                    d.label(), "", null, d.coverage(), "", List.of(), extra(d)));
        }
        List<InventoryNode> nodes = new ArrayList<>(folders.values());
        nodes.addAll(leaves);
        return nodes;
    }

    private static InventoryNode folder(String path, NodeKind kind, String name) {
        return new InventoryNode(NAME, path, kind, "", name, "", "", null, null, "", List.of(), Map.of());
    }

    private static Map<String, String> extra(CdasDataset d) {
        Map<String, String> extra = new HashMap<>();
        put(extra, "piName", d.piName());
        put(extra, "piAffiliation", d.piAffiliation());
        put(extra, "notes", d.notes());
        put(extra, "doi", d.doi());
        put(extra, "spaseId", d.spaseResourceId());
        put(extra, "observatories", String.join(",", d.observatories()));
        put(extra, "instrumentTypes", String.join(",", d.instrumentTypes()));
        return extra;
    }

    private static void put(Map<String, String> extra, String key, String value) {
        if (!value.isEmpty()) {
            extra.put(key, value);
        }
    }

    /** A path segment: {@code /} separates segments, so a name may not hold one. */
    private static String segment(String name) {
        return name.replace('/', '-');
    }

    /** The variables CDAS lists for a dataset, in its order; one request. */
    public List<CdasVariable> variables(String dataset) throws IOException {
        URI uri = base.resolve(DATAVIEW + "datasets/" + pathSegment(dataset) + "/variables");
        return getJson(uri, "the variables of " + dataset, FetchContext.UNWATCHED,
                body -> CdasJson.variables(body, uri.toString()));
    }

    /** The parameter nodes below a dataset node of {@link #inventory()}, from {@link #variables}. */
    public List<InventoryNode> parameters(InventoryNode dataset) throws IOException {
        if (dataset.kind() != NodeKind.DATASET || !dataset.provider().equals(NAME)) {
            throw new IllegalArgumentException(NAME + ": not one of its datasets: " + dataset.path());
        }
        List<InventoryNode> nodes = new ArrayList<>();
        for (CdasVariable v : variables(dataset.id())) {
            nodes.add(new InventoryNode(NAME, dataset.path() + "/" + segment(v.name()), NodeKind.PARAMETER, v.name(),
                    v.name(), v.description(), "", null, dataset.coverage(), "", List.of(), Map.of()));
        }
        return nodes;
    }

    /**
     * The parameters of {@code dataset} over {@code range}, one variable each, named after it; none
     * where CDAS has no data there.
     *
     * @throws IOException naming {@code cdaweb}, the dataset, the range and the cause
     */
    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
            throws IOException {
        String start = basicTime(range.start());
        String stop = basicTime(atOrAfterWholeSecond(range.stop()));
        String subject = dataset + " over " + start + "/" + stop;
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException(NAME + ": no parameter asked of " + dataset);
        }
        if (range.isEmpty()) {
            throw failure(subject, "the range is empty: start is not before stop", null);
        }
        context.checkNotCancelled();
        Set<String> wanted = new LinkedHashSet<>(parameters);
        String names = wanted.stream().map(CdaWebProvider::pathSegment).collect(Collectors.joining(","));
        URI ask = base.resolve(DATAVIEW + "datasets/" + pathSegment(dataset) + "/data/" + start + "," + stop + "/"
                + names + "?format=cdf");
        CdasJson.DataResult answer;
        try {
            answer = http.get(ask, JSON, context, (body, type) -> CdasJson.dataResult(body, ask.toString()));
        } catch (HttpFailure e) {
            if (isNoData(e)) {
                return List.of();
            }
            throw failure(subject, e.getMessage(), e);
        }
        if (!answer.errors().isEmpty()) {
            throw failure(subject, "CDAS refused: " + String.join("; ", answer.errors())
                    + (answer.messages().isEmpty() ? "" : " (" + String.join("; ", answer.messages()) + ")"), null);
        }
        Map<String, List<Variable>> pieces = new LinkedHashMap<>();
        for (URI file : answer.files()) {
            context.checkNotCancelled();
            read(dataset, wanted, range, download(base.resolve(file), subject, context), file, subject, pieces);
        }
        List<Variable> variables = new ArrayList<>(pieces.size());
        for (List<Variable> parts : pieces.values()) {
            variables.add(FragmentMerger.merge(parts));
        }
        return variables;
    }

    /**
     * CDAS answers a range without data with 404 and the message "No data available" (speasy's CDA
     * client relies on the same); a 404 for anything else, an unknown dataset say, stays an error.
     */
    private static boolean isNoData(HttpFailure e) {
        return e.httpStatus().orElse(0) == 404
                && e.getMessage().toLowerCase(Locale.ROOT).contains("no data available");
    }

    private Path download(URI file, String subject, FetchContext context) throws IOException {
        Path temp = Files.createTempFile("cdaweb-", ".cdf");
        try {
            http.get(file, context, (body, type) -> Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING));
            return temp;
        } catch (HttpFailure e) {
            Files.deleteIfExists(temp);
            throw failure(subject, "downloading " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Adds the wanted variables of one generated file to {@code pieces}; the file is deleted after. */
    private static void read(String dataset, Set<String> wanted, TimeRange range, Path temp, URI file,
            String subject, Map<String, List<Variable>> pieces) throws IOException {
        try (CdfFile cdf = CdfFile.open(temp)) {
            IstpReader istp = new IstpReader(cdf);
            for (String name : wanted) {
                Variable v = istp.read(name, range);
                pieces.computeIfAbsent(name, n -> new ArrayList<>()).add(Variable.of(dataset, name, v.time().toArray(),
                        v.values(), v.axes(), v.metadata()));
            }
        } catch (DataFormatException e) {
            throw failure(subject, "the generated file " + file + " is not a readable CDF: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw failure(subject, "the generated file " + file + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface JsonReader<T> {
        T read(InputStream body) throws IOException;
    }

    private <T> T getJson(URI uri, String subject, FetchContext context, JsonReader<T> reader) throws IOException {
        try {
            return http.get(uri, JSON, context, (body, type) -> reader.read(body));
        } catch (HttpFailure e) {
            throw failure(subject, e.getMessage(), e);
        }
    }

    /** Dataset ids hold {@code -} and variable names odd characters; commas between names stay literal. */
    private static String pathSegment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The stop rounded up to a whole second, so that the last partial second is asked for too. */
    private static long atOrAfterWholeSecond(long tt2000) {
        long down = Tt2000.parse(SECONDS.format(tt2000));
        return down < tt2000 ? down + SECOND : down;
    }

    /** CDAS's times: ISO 8601 basic, whole seconds, e.g. {@code 20220101T000000Z}. */
    private static String basicTime(long tt2000) {
        return SECONDS.format(tt2000).replace("-", "").replace(":", "");
    }

    private static IOException failure(String subject, String cause, Throwable reason) {
        return new IOException(NAME + ": " + subject + ": " + cause, reason);
    }
}
