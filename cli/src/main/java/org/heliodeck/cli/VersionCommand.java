package org.heliodeck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.heliodeck.core.time.LeapSecondTable;
import org.heliodeck.core.time.TimeScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code heliodeck version}: what is running, on which Java, with which leap seconds. */
@Command(name = "version", description = "Print the Heliodeck version, the Java runtime and the leap-second table in force.")
final class VersionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String line : new Provider().getVersion()) {
            out.println(line);
        }
        LeapSecondTable table = TimeScale.standard().table();
        out.println("leap seconds to " + table.lastChange() + " (" + table.source() + ")");
        out.flush();
        return 0;
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "heliodeck " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
