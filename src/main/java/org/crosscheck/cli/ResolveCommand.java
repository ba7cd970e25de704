package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.ResolutionStatus;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.review.ResolutionsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Mixin
    private FindingArguments finding;

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
        RunOptions.Run done = run.run(finding.corpus, spec, Optional.empty());
        Finding resolved = Findings.find(done.report(), finding.id, spec);
        ResolutionsFile file = Pipeline.resolutions(done.config());
        Optional<String> who = Optional.ofNullable(by).or(() -> Optional.ofNullable(System.getenv("USER"))).filter(s -> !s.isBlank());
        Resolution resolution = new Resolution(resolved.id(), decided, note, Optional.ofNullable(value).filter(v -> !v.isBlank()), who,
                Optional.of(LocalDate.now().toString()), 0);
        file.record(resolution);
        PrintWriter out = spec.commandLine().getOut();
        out.println("resolved " + resolved.id() + " as " + decided.id() + " in " + file.path());
        out.flush();
        return ExitCodes.OK;
    }
}
