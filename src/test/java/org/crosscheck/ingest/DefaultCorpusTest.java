package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;
import org.junit.jupiter.api.Test;

/** The default corpus: the five seed articles, bodies unchanged, with front matter; every passage round-trips. */
class DefaultCorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final LanguageProfiles languages = LanguageProfiles.bundled();

    private List<Document> documents() {
        DocumentReader reader = new DocumentReader(false, languages, warnings::add);
        return new CorpusWalker(warnings::add).walk(CORPUS).stream()
                .map(file -> reader.read(FileContent.read(file)).orElseThrow())
                .toList();
    }

    @Test
    void everyDocumentHasCompleteFrontMatterWithoutWarnings() {
        List<Document> documents = documents();
        assertThat(documents).hasSize(5);
        assertThat(documents).allSatisfy(doc -> {
            assertThat(doc.source().title()).isNotBlank();
            assertThat(doc.source().publisher()).isPresent();
            assertThat(doc.source().published().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(doc.source().language()).isEqualTo("fr");
            assertThat(doc.source().languageDetected()).isFalse();
            assertThat(doc.source().id()).matches("\\d{4}-\\d{2}-[a-z0-9-]+\\.md");
        });
        assertThat(warnings).isEmpty();
    }

    @Test
    void everyPassageSpanRoundTripsToTheFileText() throws IOException {
        SentenceSegmenter segmenter = new SentenceSegmenter(languages);
        int total = 0;
        for (Document doc : documents()) {
            String fileText = Files.readString(CORPUS.resolve(doc.source().id()), StandardCharsets.UTF_8);
            assertThat(doc.text()).isEqualTo(fileText);
            String[] lines = fileText.split("\n", -1);
            List<Passage> passages = segmenter.segment(doc);
            assertThat(passages).isNotEmpty();
            for (Passage p : passages) {
                assertThat(fileText.substring(p.span().start(), p.span().end())).isEqualTo(p.text());
                assertThat(lines[p.span().line() - 1].substring(p.span().column() - 1)).startsWith(p.text().split("\n")[0]);
                assertThat(p.span().start()).isGreaterThanOrEqualTo(doc.bodyStart());
            }
            total += passages.size();
        }
        assertThat(total).isGreaterThan(200);
    }

    @Test
    void bodiesAreTheSeedsByteForByte() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is beside the project");
        List<byte[]> bodies = new ArrayList<>();
        for (Document doc : documents()) {
            byte[] file = Files.readAllBytes(CORPUS.resolve(doc.source().id()));
            int bodyStartBytes = doc.text().substring(0, doc.bodyStart()).getBytes(StandardCharsets.UTF_8).length;
            bodies.add(Arrays.copyOfRange(file, bodyStartBytes, file.length));
        }
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            List<Path> seedFiles = seeds.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
            assertThat(seedFiles).hasSize(5);
            for (Path seed : seedFiles) {
                byte[] seedBytes = Files.readAllBytes(seed);
                assertThat(bodies).as("a corpus body equal to %s", seed.getFileName())
                        .anySatisfy(body -> assertThat(body).isEqualTo(seedBytes));
            }
        }
    }

    @Test
    void theLongSingleLineArticleSplitsIntoSentences() {
        Document longest = documents().stream()
                .filter(doc -> doc.text().substring(doc.bodyStart()).lines().anyMatch(line -> line.length() > 10_000))
                .findFirst().orElseThrow();
        List<Passage> passages = new SentenceSegmenter(languages).segment(longest);
        assertThat(passages).hasSizeGreaterThan(40);
        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isLessThan(1_000));
    }
}
