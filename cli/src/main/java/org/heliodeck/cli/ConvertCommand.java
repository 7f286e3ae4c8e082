package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.heliodeck.core.model.Variable;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck convert IN OUT}: from one data format to another (CDF, CSV, HAPI…). */
@Command(
        name = "convert",
        description = {
            "Convert a data file to another format: CDF, CSV, HAPI CSV/binary/JSON, …",
            "The input's format is recognised from its content, the output's from its extension;",
            "--from and --to name them when that is not enough. --list shows the formats."
        },
        footer = {"", "Example:", "  heliodeck convert ac_k2_mfi_20220101_v03.cdf ace.csv"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The input's format.")
    private String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "The output's format.")
    private String to;

    @Option(names = "--list", description = "List the formats Heliodeck reads and writes.")
    private boolean list;

    @Parameters(index = "0", arity = "0..1", paramLabel = "IN")
    private Path in;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        if (list) {
            for (DataCodec c : Codecs.all()) {
                console.printf("%-18s %-10s %-22s %s%n", c.name(), c.writes() ? "read+write" : "read", String.join(" ", c.extensions()),
                        c.description());
            }
            console.flush();
            return 0;
        }
        if (in == null || out == null) {
            throw new IllegalArgumentException("give an input and an output file (or --list)");
        }
        DataCodec reader = from != null ? named(from) : Codecs.forFile(in).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + in + ": name it with --from (see --list)"));
        DataCodec writer = to != null ? named(to) : OutputFormat.forFile(out);
        if (!writer.writes()) {
            throw new IllegalArgumentException("Heliodeck reads " + writer.name() + " but does not write it");
        }
        DataSet data = reader.read(in);
        writer.write(data, out);
        int records = data.variables().stream().mapToInt(Variable::records).max().orElse(0);
        console.printf("%s (%s) -> %s (%s): %d variables, up to %d records%n", in, reader.name(), out, writer.name(),
                data.variables().size(), records);
        console.flush();
        return 0;
    }

    private static DataCodec named(String name) {
        return Codecs.byName(name).orElseThrow(() -> new IllegalArgumentException("no format named " + name + " (see --list)"));
    }

}
