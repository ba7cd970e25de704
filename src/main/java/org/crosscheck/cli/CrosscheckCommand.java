package org.crosscheck.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code crosscheck} command; its subcommands do the work. */
@Command(
        name = "crosscheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Cross-checks the figures that articles state and reports where sources disagree.",
        subcommands = {ReportCommand.class, CheckCommand.class, ExplainCommand.class, ResolveCommand.class, IndexCommand.class, SearchCommand.class, ClaimsCommand.class, RulesCommand.class, FxCommand.class, VersionCommand.class,
            HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done; nothing unresolved",
            "  1  unresolved findings (check), failing rule examples (rules test)",
            "  2  usage error: bad option, missing corpus folder",
            "  3  bad input: a corpus or rules file is wrong (the message names file and line)",
            "  4  internal error"
        })
final class CrosscheckCommand {

    private final Terminal terminal;
    private final InputStream stdin;

    CrosscheckCommand(Terminal terminal, InputStream stdin) {
        this.terminal = terminal;
        this.stdin = stdin;
    }

    Terminal terminal() {
        return terminal;
    }

    /** Where {@code --stdin} reads from. */
    InputStream stdin() {
        return stdin;
    }
}
