package org.heliodeck.data.csa;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.CdfVariable;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.http.HttpFailure;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.data.http.WebServiceProvider;

/**
 * ESA's Cluster Science Archive through its TAP service ({@code csa-sl-tap}). The inventory is two
 * synchronous ADQL queries, over {@code csa.v_dataset} (the datasets delivered as ISTP CDF) and
 * {@code csa.v_parameter} (their data parameters), answered as VOTables. A fetch is one product
 * request, {@code data?RETRIEVAL_TYPE=product&DELIVERY_FORMAT=CDF_ISTP&DELIVERY_INTERVAL=all}, whose
 * answer is a gzip'ed tar package of CDF files; the asked variables are read from each file and
 * joined in time order.
 */
public final class CsaProvider extends WebServiceProvider {

    public static final String NAME = "csa";
    public static final URI DEFAULT_BASE = URI.create("https://csa.esac.esa.int/csa-sl-tap/");

    /** The datasets the CSA converts to ISTP CDF, the only ones a product request in CDF_ISTP can deliver. */
    static final String DATASETS_QUERY = "SELECT * FROM csa.v_dataset WHERE is_cef='true' AND is_istp='true'";
    /** Numeric data parameters: no support data (times, labels), no text. */
    static final String PARAMETERS_QUERY = "SELECT * FROM csa.v_parameter WHERE data_type='Data' AND value_type<>'CHAR'";

    /** The CSA reads {@code yyyy-MM-ddTHH:mm:ssZ}. */
    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);
    private static final long SECOND = 1_000_000_000L;

    /** @param base the TAP service's root, e.g. {@link #DEFAULT_BASE} */
    public CsaProvider(URI base, HttpSettings settings) {
        super(NAME, base, settings);
    }

    /** Half days, as the reference client (speasy) caches the CSA. */
    @Override
    public Duration fragmentLength() {
        return Duration.ofHours(12);
    }

    @Override
    public List<InventoryNode> inventory() throws IOException {
        VoTable datasets = query(DATASETS_QUERY, "the datasets (csa.v_dataset)");
        VoTable parameters = query(PARAMETERS_QUERY, "the parameters (csa.v_parameter)");
        return CsaInventory.nodes(NAME, datasets, parameters);
    }

    private VoTable query(String adql, String subject) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("REQUEST", "doQuery");
        query.put("LANG", "ADQL");
        query.put("FORMAT", "votable_plain");
        query.put("QUERY", adql);
        URI uri = base.resolve("tap/sync?" + encode(query));
        try {
            return http.get(uri, FetchContext.UNWATCHED, (body, type) -> VoTable.read(body, uri.toString()));
        } catch (HttpFailure e) {
            throw failure(subject, e.getMessage(), e);
        }
    }

    /**
     * The parameters of {@code dataset} over {@code range}, one variable each (every data variable of
     * the files when none is named); an empty list when the CSA has no data there.
     *
     * @throws IOException naming the dataset, the range and the cause
     */
    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
            throws IOException {
        context.checkNotCancelled();
        String start = csaTime(range.start());
        String stop = csaTime(atOrAfter(range.stop()));
        String subject = dataset + " over " + start + "/" + stop;
        if (range.isEmpty()) {
            throw failure(subject, "the range is empty: start is not before stop", null);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("RETRIEVAL_TYPE", "product");
        query.put("DATASET_ID", dataset);
        query.put("START_DATE", start);
        query.put("END_DATE", stop);
        query.put("DELIVERY_FORMAT", "CDF_ISTP");
        query.put("DELIVERY_INTERVAL", "all");
        URI uri = base.resolve("data?" + encode(query));
        Path folder = Files.createTempDirectory("csa-");
        try {
            List<Path> files;
            try {
                files = http.get(uri, context, (body, type) -> CsaPackage.extract(body, folder, uri.toString(), context));
            } catch (HttpFailure e) {
                throw failure(subject, e.getMessage(), e);
            }
            return read(files, dataset, parameters, range, subject, context);
        } finally {
            deleteAll(folder);
        }
    }

    private static List<Variable> read(List<Path> files, String dataset, List<String> parameters, TimeRange range,
            String subject, FetchContext context) throws IOException {
        Map<String, List<Variable>> pieces = new LinkedHashMap<>();
        parameters.forEach(p -> pieces.put(p, new ArrayList<>()));
        for (int i = 0; i < files.size(); i++) {
            context.checkNotCancelled();
            String where = "CDF file " + (i + 1) + " of " + files.size() + " in the package";
            CdfFile opened;
            try {
                opened = CdfFile.open(files.get(i));
            } catch (IOException | DataFormatException e) {
                throw failure(subject, "the " + where + " cannot be opened: " + e.getMessage(), e);
            }
            try (CdfFile cdf = opened) {
                IstpReader istp = new IstpReader(cdf);
                if (parameters.isEmpty() && pieces.isEmpty()) {
                    istp.dataVariables().forEach(v -> pieces.put(v.name(), new ArrayList<>()));
                }
                for (Map.Entry<String, List<Variable>> e : pieces.entrySet()) {
                    if (cdf.variable(e.getKey()).isEmpty()) {
                        throw failure(subject, "no parameter " + e.getKey() + " in the " + where + "; it has "
                                + istp.dataVariables().stream().map(CdfVariable::name).toList(), null);
                    }
                    Variable v = istp.read(e.getKey(), range);
                    e.getValue().add(Variable.of(dataset, v.name(), v.time().toArray(), v.values(), v.axes(),
                            v.metadata()));
                }
            } catch (DataFormatException | IllegalArgumentException e) {
                throw failure(subject, "the " + where + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (files.isEmpty()) {
            return List.of();
        }
        List<Variable> variables = new ArrayList<>(pieces.size());
        for (List<Variable> piece : pieces.values()) {
            variables.add(FragmentMerger.merge(piece));
        }
        return variables;
    }

    /** The stop rounded up to a whole second, so that the last partial second is asked for too. */
    private static long atOrAfter(long tt2000) {
        long whole = Tt2000.parse(csaTime(tt2000));
        return whole < tt2000 ? whole + SECOND : whole;
    }

    private static String csaTime(long tt2000) {
        return SECONDS.format(tt2000);
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static IOException failure(String subject, String cause, Throwable reason) {
        return new IOException(NAME + ": " + subject + ": " + cause, reason);
    }
}
