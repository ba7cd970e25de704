package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.model.CheckData;
import org.crosscheck.model.ReportData;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.crosscheck.pipeline.RunResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What report, check, explain and resolve share: the corpus options, the rules, conversion, and the run that gives a report. */
final class RunOptions {

    @Mixin
    private CorpusOptions corpusOptions;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ${DEFAULT-VALUE}); its resolutions.yaml holds the editors' decisions.")
    private Path rules;

    @Mixin
    private ConversionOptions conversion;

    /** The run's configuration, once the folders are checked. */
    private RunConfig config(Path corpus, CommandSpec spec, Pipeline pipeline) {
        if (!Files.isDirectory(rules)) {
            throw new ParameterException(spec.commandLine(), "rules folder not found: " + rules);
        }
        return conversion.applyTo(corpusOptions.runConfig(corpus, spec).withRules(rules), pipeline, spec);
    }

    /** One run: its configuration and what a report shows of it. */
    record Run(RunConfig config, ReportData report) {
    }

    /** Runs the pipeline and joins the editors' resolutions; warnings go to standard error. */
    Run run(Path corpus, CommandSpec spec, Optional<String> timestamp) {
        Pipeline pipeline = Pipeline.standard();
        RunConfig config = config(corpus, spec, pipeline);
        RunResult result = pipeline.report(config, Diagnostics.warningsTo(spec.commandLine().getErr()));
        return new Run(config, pipeline.reportData(config, result, timestamp, Diagnostics.warningsTo(spec.commandLine().getErr())));
    }

    /** What check shows of a run on {@code corpus}: from the last run's cache when nothing it depends on changed. */
    CheckData checkData(Path corpus, CommandSpec spec) {
        Pipeline pipeline = Pipeline.standard();
        RunConfig config = config(corpus, spec, pipeline);
        return pipeline.check(config, Diagnostics.warningsTo(spec.commandLine().getErr()));
    }

    /** What a report shows of a run on {@code corpus}. */
    ReportData reportData(Path corpus, CommandSpec spec, Optional<String> timestamp) {
        return run(corpus, spec, timestamp).report();
    }
}
