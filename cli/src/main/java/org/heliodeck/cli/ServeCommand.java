package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.server.hapi.HapiServer;
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
                "Serve an archive as HAPI 3.3 (capabilities, about, catalog, info, data in csv/binary/json).",
                "Listens on 127.0.0.1 unless --host says otherwise; stop with Ctrl-C."
            },
            footer = {"", "Example:", "  heliodeck serve hapi --archive ../shared/data/omni2-hourly --port 8080",
                "  curl 'http://127.0.0.1:8080/hapi/data?dataset=omni2_hourly&start=2003-10-30&stop=2003-10-31&parameters=Dst'"})
    static final class Hapi implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--archive", required = true, paramLabel = "DIR|NAME",
                description = "A directory in a known layout (OMNI2 yearly files, CDF files named by day), or a registered archive's name.")
        private String archive;

        @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        private int port;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
        private String host;

        @Override
        public Integer call() throws IOException, InterruptedException {
            LocalArchive provider = open(archive);
            CountDownLatch stopped = new CountDownLatch(1);
            try (HapiServer server = new HapiServer(provider).start(host, port)) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("serving %s (%s) as HAPI 3.3 at http://%s:%d/hapi%n", provider.name(), String.join(", ", provider.datasets()),
                        host, server.port());
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
            return 0;
        }

        private static LocalArchive open(String archive) throws IOException {
            Path dir = Path.of(archive);
            if (Files.isDirectory(dir)) {
                return LocalArchive.open(dir.toAbsolutePath().normalize().getFileName().toString(), dir);
            }
            Path registered = new ArchiveRegistry(UserDirectories.current().config()).archives().get(archive);
            if (registered == null) {
                throw new IllegalArgumentException(archive + " is neither a directory nor a registered archive (see 'heliodeck archive list')");
            }
            return LocalArchive.open(archive, registered);
        }
    }
}
