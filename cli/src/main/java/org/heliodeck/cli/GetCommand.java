package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.Provider;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.Providers;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.cache.Lookup;
import org.heliodeck.formats.DataSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck get PRODUCT START STOP -o OUT}: data of a product over a time range, to a file. */
@Command(
        name = "get",
        description = {
            "Get the data of a product over a time range and write it to a file (format from its extension).",
            "PRODUCT is PROVIDER/DATASET/PARAMETER[,PARAMETER…]. Providers: the registered archives ('heliodeck archive add')",
            "AMDA (amda), SSCWeb (sscweb) and the HAPI servers cdaweb-hapi, amda-hapi, csa-hapi.",
            "Remote data is kept in the cache: the second get is local."
        },
        footer = {"", "Example:", "  heliodeck get omni2/omni2_hourly/B_GSE,Dst 2003-10-28 2003-11-02 -o halloween.csv"})
final class GetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRODUCT")
    private String product;

    @Parameters(index = "1", paramLabel = "START", description = "ISO 8601 UTC, e.g. 2003-10-28 or 2003-10-28T06:00Z.")
    private String start;

    @Parameters(index = "2", paramLabel = "STOP", description = "ISO 8601 UTC, excluded.")
    private String stop;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The file to write (.cdf, .csv, .hapi.csv, …).")
    private Path output;

    @Option(names = "--offline", description = "Use only what the cache holds; say what is missing.")
    private boolean offline;

    @Option(names = "--refresh", description = "Fetch again even what the cache holds.")
    private boolean refresh;

    /** ", which covers …" when the provider says what its dataset covers. */
    private static String coverage(Provider provider, String dataset) {
        try {
            return provider.inventory().stream()
                    .filter(n -> n.kind() == org.heliodeck.data.NodeKind.DATASET && n.id().equals(dataset) && n.coverage() != null)
                    .findFirst().map(n -> " (" + dataset + " covers " + n.coverage() + ")").orElse("");
        } catch (IOException unknown) {
            return "";
        }
    }

    @Override
    public Integer call() throws IOException {
        ProductSpec asked = ProductSpec.parse(product);
        TimeRange range = TimeRange.of(start, stop);
        if (range.isEmpty()) {
            throw new IllegalArgumentException("the range " + range + " is empty: STOP must be after START");
        }
        if (offline && refresh) {
            throw new IllegalArgumentException("--offline and --refresh contradict each other");
        }
        Provider provider = Providers.installed(UserDirectories.current().config()).require(asked.provider());
        List<String> parameters = asked.parameters();
        CacheMode mode = offline ? CacheMode.OFFLINE : refresh ? CacheMode.FORCE_REFRESH : CacheMode.NORMAL;
        Lookup got;
        ProgressLine progress = System.console() == null ? null : new ProgressLine(spec.commandLine().getErr());
        try (FragmentCache cache = FragmentCache.open(); DataAccess data = new DataAccess(cache)) {
            got = progress == null
                    ? data.get(provider, asked.dataset(), parameters, range, mode, FetchContext.UNWATCHED)
                    : data.get(provider, asked.dataset(), parameters, range, mode, new FetchContext(() -> false, progress), progress);
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        List<Variable> variables = got.variables();
        PrintWriter out = spec.commandLine().getOut();
        if (variables.stream().allMatch(v -> v.records() == 0)) {
            out.printf("no data for %s over %s%s; nothing written%n", product, range, coverage(provider, asked.dataset()));
            for (TimeRange gap : got.missing()) {
                out.printf("missing (offline, not in the cache): %s%n", gap);
            }
            out.flush();
            return 0;
        }
        OutputFormat.forFile(output).write(new DataSet(asked.dataset(), variables, Map.of()), output);
        for (Variable v : variables) {
            out.printf("%s/%s/%s: %d records%n", asked.provider(), asked.dataset(), v.name(), v.records());
        }
        for (TimeRange gap : got.missing()) {
            out.printf("missing (offline, not in the cache): %s%n", gap);
        }
        out.printf("written to %s%n", output);
        out.flush();
        return 0;
    }

}
