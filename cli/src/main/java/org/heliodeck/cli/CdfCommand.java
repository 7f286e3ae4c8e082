package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.heliodeck.cdf.CdfAttribute;
import org.heliodeck.cdf.CdfData;
import org.heliodeck.cdf.CdfEntry;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.CdfVariable;
import org.heliodeck.cdf.VariableStatistics;
import org.heliodeck.core.time.Tt2000;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck cdf}: look inside NASA CDF files. */
@Command(
        name = "cdf",
        description = "Look inside NASA CDF files.",
        subcommands = {CdfCommand.Stats.class, CdfCommand.Dump.class})
final class CdfCommand {

    @Command(
            name = "stats",
            description = {
                "Print one JSON object a line per variable, in file order: name, type, dims, records,",
                "and count/min/max/sum over every raw number stored (fill included, NaN left out, EPOCH16 as two doubles).",
                "Any CDF reader can compute the same, which makes readers comparable."
            })
    static final class Stats implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A CDF file.")
        private Path file;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (CdfFile cdf = CdfFile.open(file)) {
                for (CdfVariable v : cdf.variables()) {
                    out.println(VariableStatistics.of(cdf, v).toJson());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "dump", description = "Describe a CDF: its layout, global attributes and variables with their attributes.")
    static final class Dump implements Callable<Integer> {

        /** Values shown per record: enough to recognise the data, few enough to read. */
        private static final int SHOWN = 12;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A CDF file.")
        private Path file;

        @Option(names = "--values", paramLabel = "N", defaultValue = "0",
                description = "Also print the first N records of each variable (default: ${DEFAULT-VALUE}).")
        private int values;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (CdfFile cdf = CdfFile.open(file)) {
                out.printf("%s%n  CDF %s, %s, %s-major%s%n", cdf.source(), cdf.version(), cdf.byteOrder(),
                        cdf.isRowMajor() ? "row" : "column", cdf.isWholeFileCompressed() ? ", compressed as a whole" : "");
                out.printf("%nGlobal attributes (%d)%n", cdf.globalAttributes().size());
                for (CdfAttribute a : cdf.globalAttributes()) {
                    List<CdfEntry> entries = a.entries();
                    for (int i = 0; i < entries.size(); i++) {
                        if (entries.get(i) != null) {
                            out.printf("  %-24s [%d] %s%n", i == 0 ? a.name() : "", i, describe(entries.get(i)));
                        }
                    }
                }
                out.printf("%nVariables (%d)%n", cdf.variables().size());
                for (CdfVariable v : cdf.variables()) {
                    out.printf("  %s  %s%s, %d records%s%s%s%n", v.name(), v.type(), java.util.Arrays.toString(v.dims()),
                            v.records(), v.zVariable() ? "" : ", rVariable", v.recordVarying() ? "" : ", not record-varying",
                            (v.compressed() ? ", compressed" : "")
                                    + (v.sparseness() == CdfVariable.Sparseness.NONE ? "" : ", sparse " + v.sparseness().name().toLowerCase()));
                    for (Map.Entry<String, CdfEntry> e : v.attributes().entrySet()) {
                        out.printf("      %-20s %s%n", e.getKey(), describe(e.getValue()));
                    }
                    if (values > 0 && v.records() > 0) {
                        printValues(out, cdf, v, Math.min(values, v.records()));
                    }
                }
            }
            out.flush();
            return 0;
        }

        private static void printValues(PrintWriter out, CdfFile cdf, CdfVariable v, int records) {
            CdfData data = cdf.read(v, 0, records);
            for (int r = 0; r < records; r++) {
                StringBuilder line = new StringBuilder("      #").append(r).append(' ');
                if (v.type().isText()) {
                    for (int k = 0; k < Math.min(v.valuesPerRecord(), SHOWN); k++) {
                        line.append(k == 0 ? "" : ", ").append('"').append(data.text(r, k)).append('"');
                    }
                    if (v.valuesPerRecord() > SHOWN) {
                        line.append(", … (").append(v.valuesPerRecord()).append(" strings)");
                    }
                } else {
                    int per = data.slotsPerRecord();
                    for (int k = 0; k < Math.min(per, SHOWN); k++) {
                        line.append(k == 0 ? "" : ", ").append(format(v, data, r * per + k));
                    }
                    if (per > SHOWN) {
                        line.append(", … (").append(per).append(" values)");
                    }
                }
                out.println(line);
            }
        }

        private static String format(CdfVariable v, CdfData data, int i) {
            return switch (v.type()) {
                case TIME_TT2000 -> tt2000(((long[]) data.array())[i]);
                case EPOCH -> Tt2000.format(Tt2000.fromCdfEpoch(data.number(i)));
                default -> {
                    double x = data.number(i);
                    yield x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
                }
            };
        }

        /** As CDF tools write TT2000, whose fill value reads as the last instant of 9999. */
        private static String tt2000(long t) {
            return t == Tt2000.FILL ? "9999-12-31T23:59:59.999999999 (fill)" : Tt2000.format(t);
        }

        private static String describe(CdfEntry e) {
            if (e.isText()) {
                String t = e.text();
                return '"' + (t.length() > 100 ? t.substring(0, 100) + "…" : t) + '"';
            }
            StringBuilder s = new StringBuilder(e.type().name()).append(' ');
            for (int i = 0; i < Math.min(e.count(), 8); i++) {
                double x = e.number(i);
                s.append(i == 0 ? "" : ", ");
                s.append(e.type().name().equals("TIME_TT2000") ? tt2000(e.integer(i))
                        : x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x));
            }
            return s.append(e.count() > 8 ? ", …" : "").toString();
        }
    }
}
