package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReportData;
import org.crosscheck.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck explain ID}: one finding in full. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print one finding in full: its claims with their sentences, the arithmetic and any editor's resolution.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CrosscheckCommand parent;

    @Parameters(index = "0", paramLabel = "FINDING-ID", description = "The finding's id, as reports print it (d-…).")
    private String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() {
        ReportData data = run.reportData(corpus, spec, Optional.empty());
        Finding finding = Findings.find(data, id, spec);
        PrintWriter out = spec.commandLine().getOut();
        new TextReport(parent.terminal().colour()).writeFinding(data, finding, out);
        out.flush();
        return ExitCodes.OK;
    }
}
