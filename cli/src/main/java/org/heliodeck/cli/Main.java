package org.heliodeck.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.heliodeck.core.io.DataFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The {@code heliodeck} command: dispatches to the subcommands. */
@Command(
        name = "heliodeck",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Workbench for in-situ space plasma data.",
        subcommands = {
            TimeCommand.class,
            CdfCommand.class,
            ConvertCommand.class,
            SearchCommand.class,
            InfoCommand.class,
            GetCommand.class,
            ArchiveCommand.class,
            CatalogCommand.class,
            DetectCommand.class,
            ProviderCommand.class,
            PlotCommand.class,
            InventoryCommand.class,
            ServeCommand.class,
            CacheCommand.class,
            LeapSecondsCommand.class,
            DirsCommand.class,
            AppCommand.class,
            VersionCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    /** Exit status when the user's input (a time, a file) cannot be used. */
    static final int BAD_INPUT = 1;
    /** Exit status when a provider or a file could not be reached or read. */
    static final int UNAVAILABLE = 3;

    /** Lucene's notice that the incubating Vector API is not enabled: true, harmless, and not the user's business. */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger(
            "org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(newCommandLine().execute(args));
    }

    static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // What a user got wrong is a message, never a stack trace.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof DataFormatException) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                commandLine.getErr().flush();
                return BAD_INPUT;
            }
            if (e instanceof NoSuchFileException missing) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": no such file: " + missing.getFile());
                commandLine.getErr().flush();
                return BAD_INPUT;
            }
            if (e instanceof java.io.IOException unavailable) {
                // A server down or a disk unreadable: say which and why, without the stack.
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + unavailable.getMessage());
                commandLine.getErr().flush();
                return UNAVAILABLE;
            }
            throw e;
        });
        return cli;
    }
}
