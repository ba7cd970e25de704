package org.crosscheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's default corpus for tests that change files. */
public final class DefaultCorpus {

    /** The default corpus, relative to the project root where tests run. */
    public static final Path PATH = Path.of("corpus");

    private DefaultCorpus() {
    }

    /** Copies the default corpus's files into {@code target} (created if needed) and returns it. */
    public static Path copyInto(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(PATH)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
