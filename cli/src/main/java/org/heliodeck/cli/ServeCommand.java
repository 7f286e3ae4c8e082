package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.CountDownLatch;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.Provider;
import org.heliodeck.data.Providers;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.server.hapi.HapiServer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heliodeck serve}: Heliodeck's HTTP services. */
@Command(name = "serve", description = "Run one of Heliodeck's servers.", subcommands = ServeCommand.Hapi.class)
final class ServeCommand {

    @Command(
            name = "hapi",
            description = {
                "Serve an archive or any provider as HAPI 3.3 (capabilities, about, catalog, info, data in csv/binary/json).",
                "A web service's data is relayed through the cache. Listens on 127.0.0.1 unless --host says otherwise;",
                "stop with Ctrl-C."
            },
            footer = {"", "Examples:", "  heliodeck serve hapi --archive ../shared/data/omni2-hourly --port 8080",
                "  curl 'http://127.0.0.1:8080/hapi/data?dataset=omni2_hourly&start=2003-10-30&stop=2003-10-31&parameters=Dst'",
                "  heliodeck serve hapi --provider amda --port 8081"})
    static final class Hapi implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @ArgGroup(multiplicity = "1")
        private Source source;

        static final class Source {
            @Option(names = "--archive", required = true, paramLabel = "DIR|FILE|NAME",
                    description = "A directory in a known layout (OMNI2 yearly files, CDF files named by day), an archive description,"
                            + " or a registered archive's name.")
            private String archive;

            @Option(names = "--provider", required = true, paramLabel = "NAME",
                    description = "Any provider by name ('heliodeck provider list'): its inventory is read at start.")
            private String provider;
        }

        @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        private int port;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
        private String host;

        @Option(names = {"-v", "--verbose"}, description = "Log the web server's start-up and requests' failures in full.")
        private boolean verbose;

        /** Held so that the levels set stay set: java.util.logging keeps its loggers weakly. */
        private static final List<Logger> SERVER_LOGGERS = List.of(Logger.getLogger("org.eclipse.jetty"), Logger.getLogger("io.javalin"));

        @Override
        public Integer call() throws IOException, InterruptedException {
            // The web server's start-up chatter buries the one line a user needs: where to point a client.
            SERVER_LOGGERS.forEach(l -> l.setLevel(verbose ? Level.INFO : Level.WARNING));
            if (source.archive != null) {
                return serve(open(source.archive));
            }
            Provider provider = Providers.installed(UserDirectories.current().config()).require(source.provider);
            if (!provider.isRemote()) {
                return serve(provider);
            }
            try (FragmentCache cache = FragmentCache.open(); DataAccess access = new DataAccess(cache)) {
                return serve(access.through(provider));
            }
        }

        private int serve(Provider provider) throws IOException, InterruptedException {
            CountDownLatch stopped = new CountDownLatch(1);
            try (HapiServer server = new HapiServer(provider).start(host, port)) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("serving %s (%d datasets) as HAPI 3.3 at http://%s:%d/hapi%n", provider.name(), server.datasets(),
                        host, server.port());
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
            return 0;
        }

        private static LocalArchive open(String archive) throws IOException {
            Path dir = Path.of(archive);
            if (Files.isDirectory(dir) || Files.isRegularFile(dir)) {
                return LocalArchive.open(LocalArchive.defaultName(dir), dir);
            }
            Path registered = new ArchiveRegistry(UserDirectories.current().config()).archives().get(archive);
            if (registered == null) {
                throw new IllegalArgumentException(archive + " is neither a directory nor a registered archive (see 'heliodeck archive list')");
            }
            return LocalArchive.open(archive, registered);
        }
    }
}
