package org.crosscheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusWalker;
import org.crosscheck.ingest.DocumentReader;
import org.crosscheck.ingest.FileContent;
import org.crosscheck.ingest.LanguageProfiles;
import org.crosscheck.ingest.SentenceSegmenter;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;
import org.crosscheck.rules.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Claim extraction throughput (issue 3): one operation is one pass of {@link ClaimExtractor} over
 * every passage of a corpus (default {@code corpus/}, rules from {@code rules/}, without
 * {@code allNumbers}). Reading and segmenting the documents happen once, in the setup, and are not
 * timed.
 *
 * <p>{@link #main} runs it with JMH (1 thread, 1 fork, warm-up 3 × 1 s, measurement 5 × 1 s) and
 * prints the time per pass and MB/s per thread, MB being 10^6 bytes of the corpus files as read
 * from disk (as in the indexing benchmark) and, second, of the passage text the extractor sees
 * (UTF-8). Arguments: {@code [--corpus DIR] [--rules DIR] [--prof PROFILER[:OPTIONS]]}, the profiler as
 * JMH's {@code -prof} takes it ({@code gc}, {@code stack}, {@code jfr:dir=/tmp/jfr}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExtractionBenchmark {

    private static final double MB = 1e6;

    @Param("corpus")
    public String corpus;

    @Param("rules")
    public String rules;

    private ClaimExtractor extractor;
    private List<Segmented> passages;

    @Setup
    public void setUp() {
        extractor = new ClaimExtractor(RuleSetLoader.load(Path.of(rules)));
        passages = Corpus.read(Path.of(corpus)).passages();
    }

    /** Extracts the claims of every passage of the corpus once. */
    @Benchmark
    public void extractCorpus(Blackhole blackhole) {
        for (Segmented segmented : passages) {
            blackhole.consume(extractor.extract(segmented.document(), segmented.passage(), false));
        }
    }

    public static void main(String[] args) throws RunnerException {
        Path corpusDir = Path.of("corpus");
        Path rulesDir = Path.of("rules");
        Optional<String> profiler = Optional.empty();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--corpus" -> corpusDir = Path.of(value(arg, rest));
                case "--rules" -> rulesDir = Path.of(value(arg, rest));
                case "--prof" -> profiler = Optional.of(value(arg, rest));
                default -> throw new IllegalArgumentException(
                        "unknown argument " + arg + "; use [--corpus DIR] [--rules DIR] [--prof PROFILER[:OPTIONS]]");
            }
        }

        // The same corpus the forked JVM will read, measured here for the MB/s figures.
        Corpus measured = Corpus.read(corpusDir);
        ClaimExtractor extractor = new ClaimExtractor(RuleSetLoader.load(rulesDir));
        long claims = measured.passages().stream()
                .mapToLong(s -> extractor.extract(s.document(), s.passage(), false).size())
                .sum();

        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName() + ".extractCorpus")
                .param("corpus", corpusDir.toString())
                .param("rules", rulesDir.toString())
                .threads(1)
                .forks(1);
        if (profiler.isPresent()) {
            // as JMH's -prof: NAME or NAME:OPTIONS, e.g. gc, stack, jfr:dir=/tmp/jfr
            String[] spec = profiler.get().split(":", 2);
            options = spec.length == 2 ? options.addProfiler(spec[0], spec[1]) : options.addProfiler(spec[0]);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Result<?> primary = results.iterator().next().getPrimaryResult();
        double ms = primary.getScore();
        double err = primary.getScoreError();

        double fileMb = measured.fileBytes() / MB;
        double textMb = measured.textBytes() / MB;
        System.out.println();
        System.out.printf("extraction: %.1f MB/s per thread (corpus %d bytes, %.3f ms per pass ± %.3f)%n",
                fileMb / (ms / 1000), measured.fileBytes(), ms, err);
        if (err < ms) {
            System.out.printf("  range (99.9%% CI)  %.1f–%.1f MB/s per thread%n",
                    fileMb / ((ms + err) / 1000), fileMb / ((ms - err) / 1000));
        } else {
            System.out.printf("  range (99.9%% CI)  %.1f MB/s per thread or more (the error exceeds the mean: rerun on a quiet machine)%n",
                    fileMb / ((ms + err) / 1000));
        }
        System.out.printf("  passage text      %d bytes UTF-8 (%d chars): %.1f MB/s per thread%n",
                measured.textBytes(), measured.textChars(), textMb / (ms / 1000));
        System.out.printf("  corpus            %d documents, %d passages, %d claims per pass%n",
                measured.documents(), measured.passages().size(), claims);
        System.out.printf("  java              %s %s, %d processors%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("  load average      %s%n", loadAverage());
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static String loadAverage() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/loadavg"))) {
            return lines.findFirst().orElse("unknown");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "unknown";
        }
    }

    /** One passage with its document. */
    record Segmented(Document document, Passage passage) {
    }

    /** A corpus read and segmented, as {@code Pipeline.claims} does, and its size. */
    record Corpus(List<Segmented> passages, int documents, long fileBytes, long textBytes, long textChars) {

        static Corpus read(Path dir) {
            LanguageProfiles languages = LanguageProfiles.bundled();
            SentenceSegmenter segmenter = new SentenceSegmenter(languages);
            DocumentReader reader = new DocumentReader(false, languages, diagnostic -> { });
            List<Segmented> passages = new ArrayList<>();
            int documents = 0;
            long fileBytes = 0;
            long textBytes = 0;
            long textChars = 0;
            for (CorpusFile file : new CorpusWalker(diagnostic -> { }).walk(dir)) {
                FileContent content = FileContent.read(file);
                Optional<Document> document = reader.read(content);
                if (document.isEmpty()) {
                    continue;
                }
                documents++;
                fileBytes += content.bytes().length;
                for (Passage passage : segmenter.segment(document.get())) {
                    passages.add(new Segmented(document.get(), passage));
                    textBytes += passage.text().getBytes(StandardCharsets.UTF_8).length;
                    textChars += passage.text().length();
                }
            }
            if (passages.isEmpty()) {
                throw new IllegalArgumentException("no passages in " + dir);
            }
            return new Corpus(List.copyOf(passages), documents, fileBytes, textBytes, textChars);
        }
    }
}
