package org.heliodeck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code heliodeck} command: dispatches to the subcommands. */
@Command(
        name = "heliodeck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Workbench for in-situ space plasma data.",
        subcommands = {VersionCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    static CommandLine newCommandLine() {
        return new CommandLine(new Main());
    }
}
