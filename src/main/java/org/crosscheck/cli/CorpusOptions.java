package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.pipeline.RunConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options every command that reads a corpus shares. */
final class CorpusOptions {

    @Option(names = "--index-dir", paramLabel = "DIR",
            description = "Where the passage index lives (default: .crosscheck/<corpus name>/passages beside the corpus).")
    private Path indexDir;

    @Option(names = "--lenient",
            description = "Skip files that are not valid UTF-8, with a warning, instead of stopping with exit code 3.")
    private boolean lenient;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Threads that read, extract and index files at once (default: one per processor, here ${DEFAULT-VALUE}); "
                    + "the output is the same for any N.")
    private int jobs = RunConfig.defaultJobs();

    /** The run configuration for {@code corpus}, which must be a folder. */
    RunConfig runConfig(Path corpus, CommandSpec spec) {
        requireCorpusFolder(corpus, spec);
        if (indexDir != null && Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            throw new ParameterException(spec.commandLine(), "--index-dir must be a folder, but " + indexDir + " is a file");
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + jobs);
        }
        return RunConfig.of(corpus, Optional.ofNullable(indexDir), lenient).withJobs(jobs);
    }

    /** Stops with a usage error unless {@code corpus} is an existing folder. */
    static void requireCorpusFolder(Path corpus, CommandSpec spec) {
        if (!Files.exists(corpus)) {
            throw new ParameterException(spec.commandLine(), "corpus folder not found: " + corpus);
        }
        if (!Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "corpus must be a folder, but " + corpus + " is a file");
        }
    }
}
