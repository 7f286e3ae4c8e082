package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.archive.LocalArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck archive}: local directories of data files, used like any other provider. */
@Command(
        name = "archive",
        description = {"Register archives of data files as providers: a directory in a known layout (OMNI2 yearly files,",
            "CDF files named by day), or any file tree, local or on a web server, described by a heliodeck-archive.properties."},
        subcommands = {ArchiveCommand.Add.class, ArchiveCommand.ListArchives.class, ArchiveCommand.Remove.class})
final class ArchiveCommand {

    private static ArchiveRegistry registry() {
        return new ArchiveRegistry(UserDirectories.current().config());
    }

    @Command(name = "add", description = "Register a directory; its datasets then appear in 'get' like any other product.")
    static final class Add implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "DIR|FILE", description = {"A directory of data files (searched to 4 levels), or a",
            "heliodeck-archive.properties describing one (see the README's 'Archives')."})
        private Path directory;

        @Option(names = "--name", paramLabel = "N", description = "The archive's name (default: the directory's name).")
        private String name;

        @Override
        public Integer call() throws IOException {
            String chosen = name != null ? name : LocalArchive.defaultName(directory);
            LocalArchive archive = registry().add(chosen, directory);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("archive %s: %s%n", chosen, archive.root());
            for (String d : archive.datasets()) {
                out.printf("  %s/%s%n", chosen, d);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", description = "List the registered archives and their datasets.")
    static final class ListArchives implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            for (Map.Entry<String, Path> e : registry().archives().entrySet()) {
                out.printf("%s  %s%n", e.getKey(), e.getValue());
                try {
                    for (String d : LocalArchive.open(e.getKey(), e.getValue()).datasets()) {
                        out.printf("  %s/%s%n", e.getKey(), d);
                    }
                } catch (IllegalArgumentException | IOException gone) {
                    out.printf("  (unreadable now: %s)%n", gone.getMessage());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", description = "Forget an archive (its files are left alone).")
    static final class Remove implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        private String name;

        @Override
        public Integer call() throws IOException {
            if (!registry().remove(name)) {
                throw new IllegalArgumentException("no archive named " + name + " (see 'heliodeck archive list')");
            }
            spec.commandLine().getOut().println("removed " + name);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
