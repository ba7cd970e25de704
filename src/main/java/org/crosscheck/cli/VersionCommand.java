package org.crosscheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crosscheck version}: prints the version. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print crosscheck's version.")
final class VersionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(VersionInfo.describe());
        return ExitCodes.OK;
    }
}
