package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.crosscheck.pipeline.RunResult;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck report}: the facts of the corpus and where its sources disagree. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Report where the corpus's sources disagree on a figure, with the arithmetic.",
            "Brings the passage index up to date, extracts the claims, groups them into facts, converts",
            "money at the ECB rates of each claim's time and compares each fact's claims under",
            "rules/policy.yaml. Findings: conflict, drift, unit-mismatch, status-mismatch, attribution, conversion."
        })
final class ReportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpusOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ${DEFAULT-VALUE}).")
    private Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (schemaVersion 1, see README).")
    private Format format;

    @Mixin
    private ConversionOptions conversion;

    @Override
    public Integer call() {
        if (!Files.isDirectory(rules)) {
            throw new ParameterException(spec.commandLine(), "rules folder not found: " + rules);
        }
        Pipeline pipeline = Pipeline.standard();
        RunConfig config = conversion.applyTo(corpusOptions.runConfig(corpus, spec).withRules(rules), pipeline, spec);
        RunResult result = pipeline.report(config, Diagnostics.warningsTo(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> new TextReport().write(result.sources(), result.claims(), result.claimIds(), result.facts(),
                    result.findings(), out);
            case json -> new JsonReport(VersionInfo.version()).writeReport(result.sources(), result.claims(), result.claimIds(),
                    result.facts(), result.findings(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
