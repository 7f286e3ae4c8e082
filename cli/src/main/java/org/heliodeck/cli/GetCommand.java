package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.Provider;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.archive.LocalArchive;
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
            "PRODUCT is PROVIDER/DATASET/PARAMETER[,PARAMETER…]; providers are the registered archives ('heliodeck archive add')."
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

    @Override
    public Integer call() throws IOException {
        String[] parts = product.split("/");
        if (parts.length != 3 || parts[2].isBlank()) {
            throw new IllegalArgumentException("product '" + product + "' is not PROVIDER/DATASET/PARAMETER[,PARAMETER…]");
        }
        TimeRange range = TimeRange.of(start, stop);
        if (range.isEmpty()) {
            throw new IllegalArgumentException("the range " + range + " is empty: STOP must be after START");
        }
        Provider provider = provider(parts[0]);
        List<String> parameters = Arrays.stream(parts[2].split(",")).map(String::strip).toList();
        List<Variable> variables = provider.fetch(parts[1], parameters, range, FetchContext.UNWATCHED);
        OutputFormat.forFile(output).write(new DataSet(parts[1], variables, Map.of()), output);
        PrintWriter out = spec.commandLine().getOut();
        for (Variable v : variables) {
            out.printf("%s/%s/%s: %d records%n", parts[0], parts[1], v.name(), v.records());
        }
        out.printf("written to %s%n", output);
        out.flush();
        return 0;
    }

    private static Provider provider(String name) throws IOException {
        Map<String, Path> archives = new ArchiveRegistry(UserDirectories.current().config()).archives();
        Path root = archives.get(name);
        if (root == null) {
            throw new IllegalArgumentException("no provider named " + name + "; registered archives: "
                    + (archives.isEmpty() ? "none (add one with 'heliodeck archive add DIR')" : String.join(", ", archives.keySet())));
        }
        return LocalArchive.open(name, root);
    }
}
