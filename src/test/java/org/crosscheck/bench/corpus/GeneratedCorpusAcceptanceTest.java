package org.crosscheck.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator's gold agrees with the engine: small generated corpora, run through the command
 * line ({@code crosscheck report --format json}) in a process of its own, score at least 95% recall
 * and precision against their gold file, with no must_not_link entry violated; and generation is
 * deterministic.
 */
class GeneratedCorpusAcceptanceTest {

    private static final long SIZE = 400_000;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 29})
    void theEngineReportsWhatWasPlantedAndNothingElse(long seed) throws IOException, InterruptedException {
        Path out = tmp.resolve("seed-" + seed);
        CorpusGenerator.Summary summary = CorpusGenerator.generate(new CorpusGenerator.Options(seed, SIZE, out, Path.of("rules"), false));
        assertThat(summary.bytes()).isBetween(SIZE, SIZE * 13 / 10);
        Path report = out.resolve("report.json");
        Process engine = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.crosscheck.cli.Main",
                "report", out.resolve("corpus").toString(), "--rules", out.resolve("rules").toString(),
                "--format", "json", "-o", report.toString())
                .redirectOutput(out.resolve("engine.out").toFile())
                .redirectError(out.resolve("engine.err").toFile())
                .start();
        assertThat(engine.waitFor(3, TimeUnit.MINUTES)).as("the engine finishes").isTrue();
        assertThat(engine.exitValue()).as("exit code; stderr: %s", Files.readString(out.resolve("engine.err"))).isZero();

        GoldScorer.Score score = GoldScorer.score(out.resolve("gold.yaml"), report, out.resolve("rules"));

        assertThat(score.planted()).as(score.report()).isGreaterThan(20);
        assertThat(score.unlinkedPairs()).as(score.report()).isGreaterThan(10);
        assertThat(score.recall()).as(score.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision()).as(score.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.unlinkedViolations()).as(score.report()).isZero();
    }

    @Test
    void theSameSeedAndSizeWriteTheSameBytes() throws IOException {
        CorpusGenerator.generate(new CorpusGenerator.Options(5, 150_000, tmp.resolve("a"), Path.of("rules"), false));
        CorpusGenerator.generate(new CorpusGenerator.Options(5, 150_000, tmp.resolve("b"), Path.of("rules"), false));
        CorpusGenerator.generate(new CorpusGenerator.Options(6, 150_000, tmp.resolve("c"), Path.of("rules"), false));

        assertThat(treeHash(tmp.resolve("a"))).isEqualTo(treeHash(tmp.resolve("b"))).isNotEqualTo(treeHash(tmp.resolve("c")));
    }

    /** A SHA-256 over every file of a folder: its relative path and its bytes, in path order. */
    private static String treeHash(Path root) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            sha256.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
