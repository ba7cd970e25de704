package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.crosscheck.index.LucenePassageIndex;
import org.crosscheck.ingest.CorpusWalker;
import org.crosscheck.ingest.IngestFingerprint;
import org.crosscheck.ingest.LanguageProfiles;
import org.crosscheck.ingest.SentenceSegmenter;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;
import org.crosscheck.model.ReportData;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.TextReport;
import org.crosscheck.testing.DefaultCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim store and the parallel scan: a run that takes claims from the store, a run after one
 * file changed, and runs with any number of threads all give the report a fresh single-threaded run gives.
 */
class ClaimStoreTest {

    @TempDir
    Path tmp;

    private final Pipeline pipeline = Pipeline.standard();

    @Test
    void claimsFromTheStoreGiveTheReportOfAFreshRun() throws IOException {
        Path corpus = DefaultCorpus.copyInto(tmp.resolve("corpus"));
        RunConfig config = config(corpus, tmp.resolve("index"), 1);
        String fresh = json(config);
        assertThat(json(config)).isEqualTo(fresh);
        assertThat(index(config).unchanged()).isEqualTo(5);
    }

    @Test
    void afterOneFileChangesTheIncrementalRunEqualsAFreshOne() throws IOException {
        Path corpus = DefaultCorpus.copyInto(tmp.resolve("corpus"));
        RunConfig incremental = config(corpus, tmp.resolve("index"), 2);
        json(incremental);
        Path changed;
        try (Stream<Path> files = Files.list(corpus)) {
            changed = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed)
                + "\nSelon la CNIL, l'amende infligée à Clearview AI atteint 31 millions d'euros.\n", StandardCharsets.UTF_8);
        String afterChange = json(incremental);
        assertThat(afterChange).contains("31 millions d'euros");
        assertThat(afterChange).isEqualTo(json(config(corpus, tmp.resolve("fresh-index"), 1)));
    }

    @Test
    void theOutputDoesNotDependOnTheNumberOfThreads() throws IOException {
        Path corpus = tmp.resolve("corpus");
        for (int copy = 1; copy <= 12; copy++) {
            DefaultCorpus.copyInto(corpus.resolve("copy-" + copy));
        }
        RunConfig oneThread = config(corpus, tmp.resolve("index-1"), 1);
        RunConfig fourThreads = config(corpus, tmp.resolve("index-4"), 4);
        assertThat(json(fourThreads)).isEqualTo(json(oneThread));
        assertThat(text(fourThreads)).isEqualTo(text(oneThread));
    }

    @Test
    void claimsStoredUnderAnotherExtractionKeyAreExtractedAgain() throws IOException {
        Path corpus = DefaultCorpus.copyInto(tmp.resolve("corpus"));
        RunConfig config = config(corpus, tmp.resolve("index"), 2);
        assertThat(extractions(config, "key-a")).isEqualTo(5);
        assertThat(extractions(config, "key-a")).isZero();
        assertThat(extractions(config, "key-b")).isEqualTo(5);
    }

    @Test
    void theExtractionKeyChangesWithTheRulesButNotWithTheResolutions() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("units.yaml"), "# units\n");
        Files.writeString(rules.resolve("resolutions.yaml"), "# resolutions\n");
        RunConfig config = config(tmp, tmp.resolve("index"), 1).withRules(rules);
        String before = ExtractionKey.of(config);
        Files.writeString(rules.resolve("resolutions.yaml"), "# resolutions, edited\n");
        assertThat(ExtractionKey.of(config)).isEqualTo(before);
        Files.writeString(rules.resolve("units.yaml"), "# units, edited\n");
        assertThat(ExtractionKey.of(config)).isNotEqualTo(before);
        assertThat(ExtractionKey.of(config.withCurrency("USD"))).isNotEqualTo(ExtractionKey.of(config));
    }

    /** How many documents a scan under {@code key} extracts claims from. */
    private static int extractions(RunConfig config, String key) {
        AtomicInteger extracted = new AtomicInteger();
        CorpusScan.Extraction extraction = new CorpusScan.Extraction() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public List<Claim> extract(Document document, List<Passage> passages) {
                extracted.incrementAndGet();
                return List.of();
            }
        };
        LanguageProfiles languages = LanguageProfiles.bundled();
        CorpusScan scan = new CorpusScan(languages, new SentenceSegmenter(languages), false, config.jobs());
        try (var index = LucenePassageIndex.open(config.indexDir(), IngestFingerprint.compute()); var update = index.beginUpdate()) {
            scan.scan(new CorpusWalker(d -> { }).walk(config.corpusDir()), Optional.of(update), Optional.of(extraction),
                    d -> { }, Progress.NONE, scanned -> { });
            update.commit();
        }
        return extracted.get();
    }

    private static RunConfig config(Path corpus, Path index, int jobs) {
        return RunConfig.of(corpus, Optional.of(index), false).withJobs(jobs);
    }

    private IndexSummary index(RunConfig config) {
        return pipeline.index(config, d -> { }, Progress.NONE);
    }

    private ReportData report(RunConfig config) {
        List<Object> warnings = new ArrayList<>();
        return pipeline.reportData(config, pipeline.report(config, warnings::add), Optional.of("2026-01-01T00:00:00Z"), warnings::add);
    }

    private String json(RunConfig config) {
        return render(new JsonReport("test"), report(config));
    }

    private String text(RunConfig config) {
        return render(new TextReport(false), report(config));
    }

    private static String render(org.crosscheck.report.Reporter reporter, ReportData report) {
        StringWriter out = new StringWriter();
        reporter.write(report, new PrintWriter(out));
        return out.toString();
    }
}
