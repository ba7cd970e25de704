package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.pipeline.IndexSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck index [CORPUS]}: brings the passage index up to date with the corpus. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {
            "Index the corpus's passages for search.",
            "Only new and changed files are read again; files gone from the corpus leave the index.",
            "The update is all or nothing."
        })
final class IndexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CrosscheckCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Mixin
    private CorpusOptions options;

    @Override
    public Integer call() {
        RunConfig config = options.runConfig(corpus, spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexSummary summary = Pipeline.standard().index(config, Diagnostics.warningsTo(err),
                StderrProgress.on(parent.terminal(), err));
        out.printf(Locale.ROOT, "indexed   %d documents (%d passages)%n", summary.indexed(), summary.passages());
        out.printf(Locale.ROOT, "unchanged %d%n", summary.unchanged());
        out.printf(Locale.ROOT, "removed   %d%n", summary.removed());
        out.printf(Locale.ROOT, "skipped   %d%n", summary.skipped());
        out.printf(Locale.ROOT, "index     %s (%.1f s)%n", config.indexDir(), summary.elapsed().toMillis() / 1000.0);
        out.flush();
        return ExitCodes.OK;
    }
}
