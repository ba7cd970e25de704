package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.ResolutionStatus;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck resolve ID --as STATUS --note TEXT}: records an editor's decision in rules/resolutions.yaml. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {
            "Record an editor's decision on a finding in <rules>/resolutions.yaml (atomically, keeping the file's order and comments).",
            "A resolved finding shows as resolved in every report format and no longer fails check."
        })
final class ResolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FINDING-ID", description = "The finding's id, as reports print it (d-…).")
    private String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Mixin
    private RunOptions run;

    @Option(names = "--as", required = true, paramLabel = "STATUS",
            description = "confirmed-error, not-a-conflict or accepted-change.")
    private String status;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why, for the next editor.")
    private String note;

    @Option(names = "--value", paramLabel = "V", description = "The correct value, when you know it (\"250,000 EUR\").")
    private String value;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decided (default: the USER environment variable).")
    private String by;

    @Override
    public Integer call() {
        ResolutionStatus decided;
        try {
            decided = ResolutionStatus.fromId(status);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--as: " + e.getMessage());
        }
        if (note.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--note must say why");
        }
        ReportData data = run.reportData(corpus, spec, Optional.empty());
        Finding finding = Findings.find(data, id, spec);
        RunConfig config = run.config(corpus, spec, Pipeline.standard());
        Optional<String> who = Optional.ofNullable(by).or(() -> Optional.ofNullable(System.getenv("USER"))).filter(s -> !s.isBlank());
        Resolution resolution = new Resolution(finding.id(), decided, note, Optional.ofNullable(value).filter(v -> !v.isBlank()), who,
                Optional.of(LocalDate.now().toString()), 0);
        Pipeline.resolutions(config).record(resolution);
        PrintWriter out = spec.commandLine().getOut();
        out.println("resolved " + finding.id() + " as " + decided.id() + " in " + Pipeline.resolutions(config).path());
        out.flush();
        return ExitCodes.OK;
    }
}
