package org.crosscheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code crosscheck} command; its subcommands do the work. */
@Command(
        name = "crosscheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Cross-checks the figures that articles state and reports where sources disagree.",
        subcommands = {IndexCommand.class, SearchCommand.class, VersionCommand.class, HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done; nothing unresolved",
            "  1  unresolved findings (check)",
            "  2  usage error: bad option, missing corpus folder",
            "  3  bad input: a corpus or rules file is wrong (the message names file and line)",
            "  4  internal error"
        })
final class CrosscheckCommand {

    private final Terminal terminal;

    CrosscheckCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }
}
