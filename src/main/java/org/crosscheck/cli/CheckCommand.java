package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.model.CheckData;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Severity;
import org.crosscheck.report.Reporters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck check}: the CI gate; exit 1 while an unresolved finding at or above a severity remains. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Fail (exit 1) while an unresolved finding at or above --fail-on remains; exit 0 otherwise.",
            "Runs the same pipeline as report. Findings an editor resolved (crosscheck resolve) never fail."
        })
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Mixin
    private RunOptions run;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "error, warning (default) or info: the least severity that fails.")
    private String failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a short summary), github (workflow annotations), or a report format: json, sarif, junit.")
    private String format;

    @Override
    public Integer call() {
        Severity threshold;
        try {
            threshold = Severity.fromId(failOn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
        }
        Optional<Reporters.Format> report = reportFormat();
        PrintWriter out = spec.commandLine().getOut();
        int failing;
        if (report.isPresent()) {
            ReportData data = run.reportData(corpus, spec, Optional.empty());
            failing = (int) data.unresolved().stream().filter(f -> f.severity().compareTo(threshold) <= 0).count();
            Reporters.of(report.get(), false, VersionInfo.version()).write(data, out);
        } else {
            CheckData data = run.checkData(corpus, spec);
            List<Finding> failed = data.unresolved().stream().filter(f -> f.severity().compareTo(threshold) <= 0).toList();
            failing = failed.size();
            if (format.equals("github")) {
                failed.forEach(f -> out.println(annotation(data, f)));
            } else {
                failed.forEach(f -> {
                    CheckData.Anchor first = data.anchor(f);
                    out.println(f.severity().id() + "  " + f.kind().id() + "  " + f.id() + "  " + data.location(first.sourceId()) + ":"
                            + first.span().line() + "  " + f.message());
                });
            }
            out.println(summary(data, failed, threshold));
        }
        out.flush();
        return failing == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** The report format {@code --format} names, or none for text and github, which check writes itself. */
    private Optional<Reporters.Format> reportFormat() {
        if (format.equals("text") || format.equals("github")) {
            return Optional.empty();
        }
        List<Reporters.Format> reports = Reporters.formats().stream().filter(f -> f != Reporters.Format.TEXT).toList();
        return Optional.of(reports.stream().filter(f -> f.id().equals(format)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--format: unknown format '" + format
                        + "' (known: text, github, " + String.join(", ", reports.stream().map(Reporters.Format::id).toList()) + ")")));
    }

    private static String summary(CheckData data, List<Finding> failing, Severity threshold) {
        int resolved = data.findings().size() - data.unresolved().size();
        return "crosscheck check: " + (failing.isEmpty() ? "passed" : "failed") + ": " + failing.size() + " unresolved "
                + (failing.size() == 1 ? "finding" : "findings") + " at or above " + threshold.id() + "; "
                + data.findings().size() + " in all, " + resolved + " resolved"
                + (data.stale().isEmpty() ? "" : ", " + data.stale().size() + " stale resolutions");
    }

    /** A GitHub Actions workflow command that annotates the first claim's line. */
    static String annotation(CheckData data, Finding finding) {
        CheckData.Anchor first = data.anchor(finding);
        String level = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        return "::" + level + " file=" + property(data.location(first.sourceId())) + ",line=" + first.span().line()
                + ",col=" + first.span().column() + ",title=" + property(finding.kind().id() + " " + finding.id()) + "::"
                + message(finding.message() + "\n" + finding.explanation());
    }

    private static String message(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return message(text).replace(":", "%3A").replace(",", "%2C");
    }
}
