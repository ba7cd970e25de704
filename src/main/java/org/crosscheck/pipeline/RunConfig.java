package org.crosscheck.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a run works on.
 *
 * @param corpusDir the corpus folder
 * @param indexDir where the passage index lives
 * @param rulesDir the rules folder (lexicons, policy)
 * @param lenient skip files that are not valid UTF-8 (with a warning) instead of refusing them
 * @param fxRates a full ECB rates file for day-precise conversion, instead of the rules' monthly table
 * @param currency the ISO code amounts of money are converted to (EUR by default)
 * @param jobs how many threads read, extract and index files at once (the output does not depend on it)
 */
public record RunConfig(Path corpusDir, Path indexDir, Path rulesDir, boolean lenient, Optional<Path> fxRates, String currency,
                        int jobs) {

    /** The currency amounts are converted to when none is given. */
    public static final String DEFAULT_CURRENCY = "EUR";

    /** The rules folder when none is given: {@code ./rules}. */
    public static final Path DEFAULT_RULES = Path.of("rules");

    /** Folder beside the corpus that holds crosscheck's derived data. */
    public static final String STATE_DIR = ".crosscheck";

    public RunConfig {
        requireNonNull(corpusDir, "corpusDir");
        requireNonNull(indexDir, "indexDir");
        requireNonNull(rulesDir, "rulesDir");
        requireNonNull(fxRates, "fxRates");
        requireNonNull(currency, "currency");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
    }

    /** Threads when none are asked for: one per processor. */
    public static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A run on {@code corpusDir}, with the index in {@code indexDir} or, by default, beside the corpus. */
    public static RunConfig of(Path corpusDir, Optional<Path> indexDir, boolean lenient) {
        return new RunConfig(corpusDir, indexDir.orElseGet(() -> defaultIndexDir(corpusDir)), DEFAULT_RULES, lenient, Optional.empty(), DEFAULT_CURRENCY,
                defaultJobs());
    }

    /** This run with another rules folder. */
    public RunConfig withRules(Path rules) {
        return new RunConfig(corpusDir, indexDir, rules, lenient, fxRates, currency, jobs);
    }

    /** This run with a full ECB rates file for conversions, when one is given. */
    public RunConfig withFxRates(Optional<Path> rates) {
        return new RunConfig(corpusDir, indexDir, rulesDir, lenient, rates, currency, jobs);
    }

    /** This run converting money to {@code code}. */
    public RunConfig withCurrency(String code) {
        return new RunConfig(corpusDir, indexDir, rulesDir, lenient, fxRates, code, jobs);
    }

    /** This run with {@code count} threads. */
    public RunConfig withJobs(int count) {
        return new RunConfig(corpusDir, indexDir, rulesDir, lenient, fxRates, currency, count);
    }

    /** {@code <parent>/.crosscheck/<corpus folder name>/passages}: beside the corpus, one per corpus. */
    public static Path defaultIndexDir(Path corpusDir) {
        Path absolute = corpusDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        String name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
        return parent.resolve(STATE_DIR).resolve(name).resolve("passages");
    }
}
