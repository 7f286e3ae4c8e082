package org.heliodeck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code heliodeck dirs}: where Heliodeck keeps its files. */
@Command(
        name = "dirs",
        description = {
            "Print where Heliodeck keeps its configuration, cache and data.",
            "Override with HELIODECK_CONFIG_DIR, HELIODECK_CACHE_DIR and HELIODECK_DATA_DIR."
        })
final class DirsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        UserDirectories dirs = UserDirectories.current();
        PrintWriter out = spec.commandLine().getOut();
        out.println("config  " + dirs.config());
        out.println("cache   " + dirs.cache());
        out.println("data    " + dirs.data());
        out.flush();
        return 0;
    }
}
