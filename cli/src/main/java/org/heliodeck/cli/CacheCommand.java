package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.heliodeck.data.cache.CacheStats;
import org.heliodeck.data.cache.FragmentCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck cache}: what the data cache holds, and emptying it. */
@Command(name = "cache", description = "Show or clear the cache of data fetched from remote providers.",
        subcommands = {CacheCommand.Stats.class, CacheCommand.Clear.class})
final class CacheCommand {

    @Command(name = "stats", description = "Entries and bytes held, per provider.")
    static final class Stats implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (FragmentCache cache = FragmentCache.open()) {
                CacheStats stats = cache.stats();
                out.printf("%d fragments, %.1f MB%n", stats.entries(), stats.bytes() / 1e6);
                for (Map.Entry<String, CacheStats.Usage> e : stats.byProvider().entrySet()) {
                    out.printf("  %-20s %6d fragments %10.1f MB%n", e.getKey(), e.getValue().entries(), e.getValue().bytes() / 1e6);
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "clear", description = "Remove everything, or only one provider's data.")
    static final class Clear implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "PROVIDER")
        private String provider;

        @Override
        public Integer call() throws IOException {
            try (FragmentCache cache = FragmentCache.open()) {
                if (provider == null) {
                    cache.clear();
                } else {
                    cache.clear(provider);
                }
            }
            spec.commandLine().getOut().println(provider == null ? "cache cleared" : "cleared " + provider + "'s data from the cache");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
