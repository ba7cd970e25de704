package org.crosscheck.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a run works on.
 *
 * @param corpusDir the corpus folder
 * @param indexDir where the passage index lives
 * @param lenient skip files that are not valid UTF-8 (with a warning) instead of refusing them
 */
public record RunConfig(Path corpusDir, Path indexDir, boolean lenient) {

    /** Folder beside the corpus that holds crosscheck's derived data. */
    public static final String STATE_DIR = ".crosscheck";

    public RunConfig {
        requireNonNull(corpusDir, "corpusDir");
        requireNonNull(indexDir, "indexDir");
    }

    /** A run on {@code corpusDir}, with the index in {@code indexDir} or, by default, beside the corpus. */
    public static RunConfig of(Path corpusDir, Optional<Path> indexDir, boolean lenient) {
        return new RunConfig(corpusDir, indexDir.orElseGet(() -> defaultIndexDir(corpusDir)), lenient);
    }

    /** {@code <parent>/.crosscheck/<corpus folder name>/passages}: beside the corpus, one per corpus. */
    public static Path defaultIndexDir(Path corpusDir) {
        Path absolute = corpusDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        String name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
        return parent.resolve(STATE_DIR).resolve(name).resolve("passages");
    }
}
