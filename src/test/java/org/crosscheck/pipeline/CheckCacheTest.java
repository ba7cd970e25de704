package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosscheck.model.CheckData;
import org.crosscheck.model.Finding;
import org.crosscheck.testing.DefaultCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}'s cache: an unchanged corpus is answered from it, with what a full run gives; a
 * changed file, rules file or a damaged cache makes the run in full again.
 */
class CheckCacheTest {

    private static final String DOCTORED = "doctored";

    @TempDir
    Path tmp;

    private final Pipeline pipeline = Pipeline.standard();

    @Test
    void anUnchangedCorpusIsAnsweredFromTheCacheWithWhatAFullRunGives() throws IOException {
        RunConfig config = config(DefaultCorpus.copyInto(tmp.resolve("corpus")));
        CheckData first = check(config);
        assertThat(first.findings()).isNotEmpty();
        assertThat(first.findings()).isEqualTo(pipeline.report(config, d -> { }).findings());
        assertThat(check(config)).isEqualTo(first);

        doctorTheCache(config);
        assertThat(check(config).findings()).anyMatch(f -> f.message().contains(DOCTORED));
    }

    @Test
    void aTouchedCorpusFileOrAnEditedRulesFileMakesTheRunInFull() throws IOException {
        Path corpus = DefaultCorpus.copyInto(tmp.resolve("corpus"));
        Path rules = tmp.resolve("rules");
        copy(Path.of("rules"), rules);
        RunConfig config = config(corpus).withRules(rules);
        CheckData first = check(config);

        doctorTheCache(config);
        Path article = firstFile(corpus);
        Files.setLastModifiedTime(article, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(check(config)).isEqualTo(first);

        doctorTheCache(config);
        Files.writeString(rules.resolve("policy.yaml"), Files.readString(rules.resolve("policy.yaml")) + "\n# edited\n");
        assertThat(check(config)).isEqualTo(first);

        doctorTheCache(config);
        Files.writeString(article, Files.readString(article)
                + "\nSelon la CNIL, l'amende infligée à Clearview AI atteint 31 millions d'euros.\n", StandardCharsets.UTF_8);
        CheckData edited = check(config);
        assertThat(edited.findings()).noneMatch(f -> f.message().contains(DOCTORED));
        assertThat(edited.findings()).isEqualTo(pipeline.report(config, d -> { }).findings());
    }

    @Test
    void aDamagedCacheIsNotUsed() throws IOException {
        RunConfig config = config(DefaultCorpus.copyInto(tmp.resolve("corpus")));
        CheckData first = check(config);
        Path cache = config.indexDir().resolve(CheckCache.FILE);
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(check(config)).isEqualTo(first);
    }

    @Test
    void resolutionsApplyToCachedFindings() throws IOException {
        Path rules = tmp.resolve("rules");
        copy(Path.of("rules"), rules);
        RunConfig config = config(DefaultCorpus.copyInto(tmp.resolve("corpus"))).withRules(rules);
        Finding resolved = check(config).findings().get(0);
        Files.writeString(rules.resolve("resolutions.yaml"), "- finding: " + resolved.id()
                + "\n  status: not-a-conflict\n  note: checked against the decision\n  date: 2026-01-01\n");
        List<Object> warnings = new ArrayList<>();
        CheckData cached = pipeline.check(config, warnings::add);
        assertThat(cached.unresolved()).doesNotContain(resolved).hasSize(cached.findings().size() - 1);
        assertThat(warnings).isEmpty();
    }

    /** Rewrites a word of the cached findings' first message, keeping its length, as only the cache can answer with it. */
    private static void doctorTheCache(RunConfig config) throws IOException {
        Path cache = config.indexDir().resolve(CheckCache.FILE);
        String bytes = new String(Files.readAllBytes(cache), StandardCharsets.ISO_8859_1);
        int at = bytes.indexOf(" vs ");
        assertThat(at).as("a message to doctor").isPositive();
        String doctored = bytes.substring(0, at - DOCTORED.length()) + DOCTORED + bytes.substring(at);
        Files.write(cache, doctored.getBytes(StandardCharsets.ISO_8859_1));
    }

    private CheckData check(RunConfig config) {
        return pipeline.check(config, d -> { });
    }

    private RunConfig config(Path corpus) {
        return RunConfig.of(corpus, Optional.of(tmp.resolve("index")), false).withJobs(2);
    }

    private static Path firstFile(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
