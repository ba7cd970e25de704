package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.model.ReportData;
import org.crosscheck.report.Reporters;
import org.crosscheck.model.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck report}: the facts of the corpus and where its sources disagree, in one of several formats. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Report where the corpus's sources disagree on a figure, with the arithmetic.",
            "Brings the passage index up to date, extracts the claims, groups them into facts, converts "
                + "money at the ECB rates of each claim's time and compares each fact's claims under rules/policy.yaml. "
                + "Findings: conflict, drift, unit-mismatch, status-mismatch, attribution, conversion; "
                + "editors' decisions in rules/resolutions.yaml mark them resolved."
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CrosscheckCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Mixin
    private RunOptions run;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default; colour only on a terminal, never with NO_COLOR), md (Markdown for a pull-request comment), "
                    + "json (schemaVersion 1), html (one self-contained page), sarif (2.1.0), junit (XML).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all) instead of standard output.")
    private Path output;

    @Option(names = "--timestamp", description = "Say when the report was made (reports are otherwise identical run to run).")
    private boolean timestamp;

    @Override
    public Integer call() {
        Reporters.Format chosen;
        try {
            chosen = Reporters.Format.fromId(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        Optional<String> when = timestamp ? Optional.of(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()) : Optional.empty();
        ReportData report = run.reportData(corpus, spec, when);
        boolean colour = output == null && parent.terminal().colour();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            Reporters.of(chosen, colour, VersionInfo.version()).write(report, out);
            out.flush();
        } else {
            try {
                AtomicFile.write(output, writer -> {
                    PrintWriter out = new PrintWriter(writer);
                    Reporters.of(chosen, false, VersionInfo.version()).write(report, out);
                    out.flush();
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
            }
        }
        return ExitCodes.OK;
    }
}
