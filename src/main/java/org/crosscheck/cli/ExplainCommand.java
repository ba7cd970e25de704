package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.model.ReportData;
import org.crosscheck.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    private FindingArguments finding;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() {
        ReportData data = run.reportData(finding.corpus, spec, Optional.empty());
        PrintWriter out = spec.commandLine().getOut();
        new TextReport(parent.terminal().colour()).writeFinding(data, Findings.find(data, finding.id, spec), out);
        out.flush();
        return ExitCodes.OK;
    }
}
