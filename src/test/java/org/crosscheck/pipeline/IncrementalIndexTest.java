package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.testing.DefaultCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private RunConfig config;
    private final Pipeline pipeline = Pipeline.standard();
    private final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeEach
    void copyDefaultCorpus() throws IOException {
        corpus = DefaultCorpus.copyInto(tmp.resolve("corpus"));
        config = RunConfig.of(corpus, Optional.empty(), false);
    }

    private IndexSummary index() {
        return pipeline.index(config, warnings::add, Progress.NONE);
    }

    @Test
    void theIndexLivesBesideTheCorpus() {
        index();
        assertThat(config.indexDir()).isEqualTo(tmp.resolve(".crosscheck/corpus/passages"));
        assertThat(config.indexDir()).isDirectory();
    }

    @Test
    void anUnchangedCorpusIsNotReindexed() {
        IndexSummary first = index();
        assertThat(first.indexed()).isEqualTo(5);
        assertThat(first.passages()).isPositive();
        IndexSummary second = index();
        assertThat(second.indexed()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.removed()).isZero();
        assertThat(second.passages()).isZero();
    }

    @Test
    void onlyTheChangedFileIsReindexedAndItsNewTextIsSearchable() throws IOException {
        index();
        Path changed = firstFile();
        Files.writeString(changed, Files.readString(changed) + "\nLe mot xylophonique apparaît ici.\n", StandardCharsets.UTF_8);
        IndexSummary summary = index();
        assertThat(summary.indexed()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(4);
        assertThat(pipeline.search(config, "xylophonique", 5, warnings::add))
                .singleElement()
                .satisfies(hit -> assertThat(hit.passage().sourceId()).isEqualTo(changed.getFileName().toString()));
    }

    @Test
    void aDeletedFileLeavesTheIndex() throws IOException {
        index();
        Path deleted = firstFile();
        Files.delete(deleted);
        IndexSummary summary = index();
        assertThat(summary.removed()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(4);
        assertThat(pipeline.search(config, "clearview", 100, warnings::add))
                .isNotEmpty()
                .noneSatisfy(hit -> assertThat(hit.passage().sourceId()).isEqualTo(deleted.getFileName().toString()));
    }

    @Test
    void aFailurePartWayLeavesThePreviousIndexInUse() throws IOException {
        index();
        Path changed = firstFile();
        Files.writeString(changed, Files.readString(changed) + "\nLe mot xylophonique apparaît ici.\n", StandardCharsets.UTF_8);
        Files.write(corpus.resolve("zz-broken.md"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
        assertThatThrownBy(this::index).isInstanceOf(BadInputException.class);
        Files.delete(corpus.resolve("zz-broken.md"));
        IndexSummary after = index();
        assertThat(after.indexed()).as("the failed run committed nothing, so the change is still new").isEqualTo(1);
        assertThat(after.unchanged()).isEqualTo(4);
    }

    @Test
    void anIndexerCrashingMidBuildLeavesTheLastCommittedIndexInUse() throws Exception {
        index();
        int copies = 40;
        for (int copy = 0; copy < copies; copy++) {
            DefaultCorpus.copyInto(corpus.resolve(String.format("copy-%03d", copy)));
        }
        int total = 5 * (copies + 1);
        Process indexer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingIndexer.class.getName(),
                corpus.toString(), String.valueOf(total / 2))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("indexer.log").toFile())
                .start();
        assertThat(indexer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(indexer.exitValue()).as("halted part-way: %s", Files.readString(tmp.resolve("indexer.log")))
                .isEqualTo(HaltingIndexer.HALTED);

        IndexSummary summary = index();
        assertThat(summary.unchanged()).as("only the last commit counts").isEqualTo(5);
        assertThat(summary.indexed()).isEqualTo(total - 5);
        assertThat(pipeline.search(config, "Garante", 1000, warnings::add)).hasSize(copies + 1);
    }

    private Path firstFile() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
    }
}
