package org.heliodeck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.heliodeck.core.time.Epoch16;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.core.time.Tt2000;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck time}: converts instants between the time codes of space physics data. */
@Command(
        name = "time",
        description = {
            "Convert times between ISO 8601 UTC, TT2000, CDF EPOCH/EPOCH16 and Unix time, leap seconds included.",
            "With no --to, prints every representation; with --to, one value a line (for scripts).",
            "Give '-' to read one time a line from standard input."
        },
        footer = {
            "",
            "Examples:",
            "  heliodeck time 2016-12-31T23:59:60.5Z",
            "  heliodeck time --from tt2000 --to iso 536500869184000000",
            "  cut -d, -f1 data.csv | heliodeck time --to tt2000 -"
        })
final class TimeCommand implements Callable<Integer> {

    /** The time codes this command reads and writes. */
    enum Code {
        iso, doy, tt2000, epoch, epoch16, unix, unixns;
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "CODE", defaultValue = "iso",
            description = "How the inputs are written: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "epoch16 as 'seconds,picoseconds').")
    private Code from;

    @Option(names = "--to", paramLabel = "CODE", description = "Write only this code: ${COMPLETION-CANDIDATES}.")
    private Code to;

    @Option(names = "--digits", paramLabel = "N", description = "Fraction digits in ISO output, 0-9 (default: as many as exact).")
    private Integer digits;

    @Parameters(paramLabel = "TIME", arity = "1..*", description = "Times to convert, or '-' for standard input.")
    private List<String> times;

    private final InputStream stdin;

    TimeCommand() {
        this(System.in);
    }

    TimeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        IsoTimeFormat iso = digits == null ? IsoTimeFormat.EXACT : IsoTimeFormat.EXACT.withFractionDigits(digits);
        for (String time : times) {
            if (time.equals("-")) {
                BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        convert(line.strip(), iso, out);
                    }
                }
            } else {
                convert(time, iso, out);
            }
        }
        out.flush();
        return 0;
    }

    private void convert(String input, IsoTimeFormat iso, PrintWriter out) {
        long t = read(input);
        if (to != null) {
            out.println(write(t, to, iso));
            return;
        }
        boolean leap = Tt2000.utc(t).second() == 60;
        out.printf("ISO 8601 UTC   %s%n", write(t, Code.iso, iso));
        out.printf("day of year    %s%n", write(t, Code.doy, iso));
        out.printf("TT2000         %s%n", write(t, Code.tt2000, iso));
        out.printf("CDF EPOCH      %s%n", write(t, Code.epoch, iso));
        out.printf("CDF EPOCH16    %s%n", write(t, Code.epoch16, iso));
        out.printf("Unix seconds   %s%n", write(t, Code.unix, iso));
        if (leap) {
            out.println("(a leap second: EPOCH, EPOCH16 and Unix time cannot label it and show the instant before midnight)");
        }
    }

    private long read(String input) {
        try {
            return switch (from) {
                case iso, doy -> Tt2000.parse(input);
                case tt2000 -> Long.parseLong(input);
                case epoch -> Tt2000.fromCdfEpoch(Double.parseDouble(input));
                case epoch16 -> {
                    String[] parts = input.split("[,\\s]+");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("EPOCH16 '" + input + "' must be 'seconds,picoseconds'");
                    }
                    yield Tt2000.fromEpoch16(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
                }
                case unix -> Tt2000.fromUnixSeconds(Double.parseDouble(input));
                case unixns -> Tt2000.fromUnixNanos(Long.parseLong(input));
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + input + "' is not a " + from + " number");
        }
    }

    private static String write(long t, Code code, IsoTimeFormat iso) {
        return switch (code) {
            case iso -> iso.format(t);
            case doy -> iso.withDayOfYear(true).format(t);
            case tt2000 -> Long.toString(t);
            case epoch -> new BigDecimal(Tt2000.toCdfEpoch(t)).setScale(6, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString();
            case epoch16 -> {
                Epoch16 e = Tt2000.toEpoch16(t);
                yield String.format("%.0f,%.0f", e.seconds(), e.picoseconds());
            }
            case unix -> BigDecimal.valueOf(Tt2000.toUnixNanos(t), 9).stripTrailingZeros().toPlainString();
            case unixns -> Long.toString(TimeScale.standard().toUnixNanos(t));
        };
    }
}
