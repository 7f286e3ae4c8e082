package org.heliodeck.cli;

import java.io.UncheckedIOException;
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
            LeapSecondsCommand.class,
            DirsCommand.class,
            VersionCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    /** Exit status when the user's input (a time, a file) cannot be used. */
    static final int BAD_INPUT = 1;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // What a user got wrong is a message, never a stack trace.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
                commandLine.getErr().println("heliodeck " + commandLine.getCommandName() + ": " + e.getMessage());
                commandLine.getErr().flush();
                return BAD_INPUT;
            }
            throw e;
        });
        return cli;
    }
}
