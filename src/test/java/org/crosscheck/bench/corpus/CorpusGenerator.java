package org.crosscheck.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of French and English news articles, with the truth about it as a gold
 * file, for measuring the engine at scale (issue 6). Given a seed and a size, the output is the same
 * byte for byte on every run; it streams block by block, so memory stays bounded whatever the size
 * (1 GB takes well under a minute on two cores in a 512 MB heap).
 *
 * <p>Usage: {@code --seed N --size BYTES --out DIR [--rules DIR] [--gaps]} ({@code --rules}: the rules
 * folder to copy, default {@code rules}). It writes:
 * <ul>
 * <li>{@code DIR/corpus/bNNNN/LL-NNNNNNN.md}: articles of 3–8 KB in folders of a thousand, in the
 *     engine's corpus format (front matter with title, publisher, published date in 2016–2025,
 *     language; half French, half English). Each states a few facts (a subject entity and a measure of
 *     rules/measures.yaml: fines, contract values, valuations, funds raised, revenue, budgets,
 *     settlements, database sizes, search, client, user, employee, country and agency counts) amid
 *     noise sentences full of stray numbers and plain sentences naming the article's entities.
 * <li>{@code DIR/rules/}: a copy of the rules folder whose entities.yaml ends with the synthetic
 *     world's gazetteer. The world needs far more subjects than the shipped entities, so it invents
 *     companies ("Vortelia", "Vortelia Labs"), authorities, agencies and foundations named after invented
 *     places ("Kelvora Data Protection Authority", "l'Autorité de protection des données de Kelvora"),
 *     about one for every two articles, each fact being one (subject, measure) stated in two to six
 *     articles. Run the engine with {@code --rules DIR/rules}.
 * <li>{@code DIR/gold.yaml}: the truth in the format of ../shared/gold/seed-findings.yaml. Sources are
 *     the engine's source ids (paths relative to {@code DIR/corpus}); a claim's quote is its figure and
 *     unit as written. Each fact is planted as an agreement ({@code must_agree}: one figure in digits,
 *     scale words, abbreviations, number words, after bounds that keep it true, in another currency at
 *     the ECB's mean rate of the claim's month, with a conversion in parentheses, or restated in a
 *     sentence without its subject), a conflict ({@code must_flag}, kind conflict: values 15–60% apart
 *     for the same time) or a drift (kind drift: a growing measure stated 30–200% larger at a later
 *     month or year). Claims of two facts that one article states side by side (two subjects of one
 *     measure, two measures of one subject) are {@code must_not_link}.
 * </ul>
 *
 * <p>Natural phrasings the engine is known to misread stay out of the default mix; {@code --gaps} adds
 * them: "awarded the vendor a contract worth $2 million", "the contract between … is worth" and "…'s
 * contract … is valued at" (read as valuations); "the vendor won a $2 million deal with the police"
 * (the buyer after "with" is taken for an instrument, the vendor for the subject); "employs 340
 * people", "l'effectif atteint 340 personnes" (people are no employee count), "a workforce of 340",
 * "compte 340 collaborateurs" (no figure read); "fixe à 3 M€ le montant de l'amende" (read as a part of
 * a fine); "les fonds levés par X atteignent" (no trigger); a sentence opening "A $4 million …" (read
 * as Australian dollars); "(soit 3 M$)" (no equivalent: two claims, each given the other's currency
 * demonym as subject); a non-euro amount stated in articles of different months without its date
 * (each converted at its own month's rate, so an unchanged dollar fine conflicts with itself); and
 * coincident figures (one figure for two subjects of a measure, or one count of a subject in two
 * units), which the engine reports as possible misattributions.
 */
public final class CorpusGenerator {

    /** Articles one writing task writes. */
    private static final int CHUNK = 250;
    /** Writing tasks queued before planning waits for the oldest. */
    private static final int IN_FLIGHT = 8;

    /** What to generate. */
    record Options(long seed, long size, Path out, Path rules, boolean gaps) {

        static Options parse(String[] args) {
            Long seed = null;
            Long size = null;
            Path out = null;
            Path rules = Path.of("rules");
            boolean gaps = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--size" -> size = Long.parseLong(value(args, ++i));
                    case "--out" -> out = Path.of(value(args, ++i));
                    case "--rules" -> rules = Path.of(value(args, ++i));
                    case "--gaps" -> gaps = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (seed == null || size == null || out == null) {
                throw new IllegalArgumentException("usage: --seed N --size BYTES --out DIR [--rules DIR] [--gaps]");
            }
            return new Options(seed, size, out, rules, gaps);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }

    /** What was generated. */
    record Summary(int articles, long bytes, int facts, int flagged, int dropped, int entities, double seconds) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles, %.1f MB, %d facts (%d planted conflicts or drifts; %d planned facts left out"
                    + " for want of free figures), %d entities, %.1f s, %.1f MB/s", articles, bytes / 1e6, facts, flagged, dropped, entities,
                    seconds, bytes / 1e6 / seconds);
        }
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(generate(Options.parse(args)));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Generates the corpus, rules and gold file {@code options} describe. Blocks are planned one after
     * the other on this thread; their articles are written by a pool of threads, at most
     * {@value #IN_FLIGHT} chunks of {@value #CHUNK} behind, so memory holds a few blocks at most.
     */
    static Summary generate(Options options) throws IOException {
        long started = System.nanoTime();
        Path corpus = options.out().resolve("corpus");
        Path rules = options.out().resolve("rules");
        if (!Files.isRegularFile(options.rules().resolve("entities.yaml")) || !Files.isRegularFile(options.rules().resolve("fx/ecb-monthly.csv"))) {
            throw new IllegalArgumentException("no rules folder at " + options.rules().toAbsolutePath()
                    + " (with entities.yaml and fx/ecb-monthly.csv): run from the project folder or give --rules DIR");
        }
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> present = Files.list(corpus)) {
                if (present.findAny().isPresent()) {
                    throw new IllegalArgumentException(corpus + " is not empty: generate into a new folder");
                }
            }
        }
        Files.createDirectories(corpus);
        copyRules(options.rules(), rules);
        FxTable fx = FxTable.load(options.rules().resolve("fx/ecb-monthly.csv"));
        BlockPlanner planner = new BlockPlanner(options.seed(), new EntityFactory(new NameForge(options.seed())),
                new FactWriter(fx, options.gaps()), new FigureRegistry());
        String header = "# Truth of a synthetic corpus written by org.crosscheck.bench.corpus.CorpusGenerator, seed " + options.seed()
                + ", size " + options.size() + (options.gaps() ? ", with the engine's known gaps" : "") + ".\n"
                + "# Sources are corpus-relative paths (the engine's source ids); quotes are the figures as written.\n";
        int articles = 0;
        long planned = 0;
        long bytes = 0;
        int facts = 0;
        int flagged = 0;
        int entities = 0;
        int dropped = 0;
        ExecutorService writers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        Deque<Future<Long>> writing = new ArrayDeque<>();
        try (GoldWriter gold = new GoldWriter(options.out().resolve("gold.yaml"), header);
             Writer gazetteer = Files.newBufferedWriter(rules.resolve("entities.yaml"), StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            gazetteer.write("\n# ---------------------------------------------------------------- synthetic world\n"
                    + "# Invented by CorpusGenerator (seed " + options.seed() + "): the subjects of the generated corpus.\n\n");
            for (int index = 0; planned < options.size(); index++) {
                BlockPlanner.Block block = planner.plan(index, options.size() - planned);
                Files.createDirectories(corpus.resolve(String.format("b%04d", index)));
                List<Article> drafted = block.articles();
                for (int from = 0; from < drafted.size(); from += CHUNK) {
                    List<Article> chunk = drafted.subList(from, Math.min(drafted.size(), from + CHUNK));
                    writing.add(writers.submit(() -> write(chunk, corpus)));
                }
                while (writing.size() > IN_FLIGHT) {
                    bytes += finished(writing.removeFirst());
                }
                for (Article article : drafted) {
                    planned += article.targetBytes;
                }
                for (Fact fact : block.facts()) {
                    gold.fact(fact);
                    flagged += fact.plan == Fact.Plan.AGREE ? 0 : 1;
                }
                for (int i = 0; i < block.unlinked().size(); i++) {
                    gold.unlinked(String.format("b%04d-unlinked-%04d", index, i), block.unlinked().get(i));
                }
                for (Entity entity : block.entities()) {
                    gazetteer.write(entity.yaml());
                }
                articles += drafted.size();
                facts += block.facts().size();
                entities += block.entities().size();
                dropped += block.dropped();
            }
            while (!writing.isEmpty()) {
                bytes += finished(writing.removeFirst());
            }
        } finally {
            writers.shutdownNow();
        }
        return new Summary(articles, bytes, facts, flagged, dropped, entities, (System.nanoTime() - started) / 1e9);
    }

    /** Writes articles into the corpus folder; returns their bytes. */
    private static long write(List<Article> articles, Path corpus) throws IOException {
        long bytes = 0;
        for (Article article : articles) {
            byte[] text = ArticleWriter.write(article).getBytes(StandardCharsets.UTF_8);
            Files.write(corpus.resolve(article.source), text);
            bytes += text.length;
        }
        return bytes;
    }

    private static long finished(Future<Long> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing articles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("writing articles failed", e.getCause());
        }
    }

    /** Copies the rules folder, files and subfolders, as it is. */
    private static void copyRules(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + file, e);
            }
        }
    }
}
