package org.heliodeck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.heliodeck.core.time.LeapSecondTable;
import org.heliodeck.core.time.LeapSecondTableStore;
import org.heliodeck.core.time.TimeScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heliodeck leap-seconds}: shows the table in force, or installs a newer one. */
@Command(
        name = "leap-seconds",
        description = {
            "Show the leap-second table in force, or install a newer one from a file",
            "(CDFLeapSeconds.txt layout, or the IERS/IETF leap-seconds.list, e.g. /usr/share/zoneinfo/leap-seconds.list)."
        })
final class LeapSecondsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--install", paramLabel = "FILE", description = "Check FILE and use it from now on.")
    private Path install;

    @Option(names = "--all", description = "List every row of the table.")
    private boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LeapSecondTableStore store = LeapSecondTableStore.forUser();
        LeapSecondTable table;
        if (install != null) {
            table = store.install(install);
            out.println("installed " + install + " as " + store.installedPath());
        } else {
            table = TimeScale.standard().table();
        }
        out.println("source        " + table.source());
        out.println("last change   " + table.lastChange() + ": TAI-UTC = "
                + table.taiMinusUtcNanos(table.lastChange().toEpochDay()) / 1_000_000_000L + " s");
        table.expires().ifPresent(date -> out.println("valid until   " + date));
        if (all) {
            out.println();
            out.println("from        TAI-UTC (s)    drift origin (MJD)  drift (s/day)");
            for (LeapSecondTable.Entry e : table.entries()) {
                out.printf("%s  %13.7f  %18d  %13.7f%n", e.date(), e.baseNanos() / 1e9, e.driftOriginMjd(), e.driftNanosPerDay() / 1e9);
            }
        }
        out.flush();
        return 0;
    }
}
