package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.extract.RuleExampleRunner;
import org.crosscheck.group.ClaimKey;
import org.crosscheck.group.ClaimKeyList;
import org.crosscheck.group.Evidence;
import org.crosscheck.group.FactGrouper;
import org.crosscheck.group.Vocabulary;
import org.crosscheck.index.ClaimSpill;
import org.crosscheck.index.LucenePassageIndex;
import org.crosscheck.index.PassageIndex;
import org.crosscheck.index.PassageIndexUpdate;
import org.crosscheck.index.SimilarPassages;
import org.crosscheck.index.StoredSource;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusWalker;
import org.crosscheck.ingest.IngestFingerprint;
import org.crosscheck.ingest.LanguageProfiles;
import org.crosscheck.ingest.SentenceSegmenter;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.CheckData;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimIds;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Document;
import org.crosscheck.model.FactIndex;
import org.crosscheck.model.Finding;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Passage;
import org.crosscheck.model.ReconcilePolicy;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.SearchHit;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.StoreException;
import org.crosscheck.normalize.ClaimNormalizer;
import org.crosscheck.normalize.EcbRates;
import org.crosscheck.normalize.FxImport;
import org.crosscheck.normalize.RateTable;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.review.ResolutionsFile;
import org.crosscheck.rules.EntityRule;
import org.crosscheck.rules.MeasureRule;
import org.crosscheck.rules.PolicyLoader;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.RuleSetLoader;

/** Runs crosscheck's stages: brings the passage index up to date with the corpus, searches it. */
public final class Pipeline {

    private final LanguageProfiles languages;
    private final SentenceSegmenter segmenter;
    private final Function<Path, PassageIndex> openIndex;

    /**
     * @param openIndex opens the passage index stored in a folder
     */
    public Pipeline(LanguageProfiles languages, Function<Path, PassageIndex> openIndex) {
        this.languages = languages;
        this.segmenter = new SentenceSegmenter(languages);
        this.openIndex = openIndex;
    }

    /** The pipeline with the bundled language data and the embedded Lucene index. */
    public static Pipeline standard() {
        String schema = IngestFingerprint.compute();
        return new Pipeline(LanguageProfiles.bundled(), dir -> LucenePassageIndex.open(dir, schema));
    }

    /**
     * Indexes new and changed documents, drops removed ones and leaves unchanged ones alone, all
     * in one commit: a failure part-way leaves the previous index in place.
     */
    public IndexSummary index(RunConfig config, Consumer<Diagnostic> warnings, Progress progress) {
        return scan(config, Optional.empty(), warnings, progress, scanned -> { });
    }

    /**
     * Brings the index and its claim store up to date with the corpus in one commit, handing each
     * file's result to {@code sink} in corpus order.
     */
    private IndexSummary scan(RunConfig config, Optional<CorpusScan.Extraction> extraction, Consumer<Diagnostic> warnings,
                              Progress progress, Consumer<CorpusScan.Scanned> sink) {
        List<CorpusFile> files = new CorpusWalker(warnings).walk(config.corpusDir());
        CorpusScan scan = new CorpusScan(languages, segmenter, config.lenient(), config.jobs());
        try (PassageIndex index = openIndex.apply(config.indexDir());
             PassageIndexUpdate update = index.beginUpdate()) {
            IndexSummary summary = scan.scan(files, Optional.of(update), extraction, warnings, progress, sink);
            update.commit();
            return summary;
        }
    }

    /** Every claim of every document of the corpus, extracted with the rules in the run's rules folder. */
    public ClaimsResult claims(RunConfig config, boolean allNumbers, Consumer<Diagnostic> warnings) {
        Optional<ClaimNormalizer> normalizer = normalizer(config.rulesDir(), config.fxRates(), config.currency(), warnings);
        return group(config, extract(config, ExtractionKey.of(config), normalizer, allNumbers, warnings));
    }

    /**
     * Brings the index up to date, handing each file's result to {@code sink}; false, with a
     * warning and nothing handed on, when another process is updating the index and its last
     * committed state must do.
     */
    private boolean refreshIndex(RunConfig config, Optional<CorpusScan.Extraction> extraction, Consumer<Diagnostic> warnings,
                                 Consumer<CorpusScan.Scanned> sink) {
        try {
            scan(config, extraction, warnings, Progress.NONE, sink);
            return true;
        } catch (StoreException e) {
            if (!e.busy()) {
                throw e;
            }
            warnings.accept(Diagnostic.of(config.indexDir().toString(),
                    "another crosscheck process is updating the index; using its last committed state"));
            return false;
        }
    }

    /**
     * The whole run: claims grouped into facts, and the findings of comparing each fact's claims
     * under the rules' policy.
     */
    public RunResult report(RunConfig config, Consumer<Diagnostic> warnings) {
        return run(config, ExtractionKey.of(config), warnings).result();
    }

    /** A run's result, and whether the index was brought up to date with it (not so when another process held it). */
    private record Run(RunResult result, boolean indexCurrent) {
    }

    private Run run(RunConfig config, String extractionKey, Consumer<Diagnostic> warnings) {
        ReconcilePolicy policy = PolicyLoader.load(config.rulesDir());
        Optional<ClaimNormalizer> normalizer = normalizer(config.rulesDir(), config.fxRates(), config.currency(), warnings);
        Extracted extracted = extract(config, extractionKey, normalizer, false, warnings);
        Reconciler reconciler = new Reconciler(policy, extracted.measureLabels(), extracted.growingMeasures(),
                extracted.itemisedMeasures(), (claim, figure) -> normalizer.flatMap(n -> n.normalize(claim, figure)));
        ClaimsResult claims = group(config, extracted);
        return new Run(new RunResult(claims.sources(), claims.claims(), claims.claimIds(), claims.factIndex(),
                reconciler.reconcile(claims.claims(), claims.claimIds(), claims.factIndex(), extracted.statingAgain()::get)),
                extracted.indexCurrent());
    }

    /** The editors' resolutions file of a run's rules: {@code resolutions.yaml} in the rules folder. */
    public static ResolutionsFile resolutions(RunConfig config) {
        return new ResolutionsFile(config.rulesDir().resolve("resolutions.yaml"));
    }

    /**
     * What a report shows of {@code result}: its findings with the editors' resolutions, and a
     * warning for each resolution whose finding no longer exists (stale), naming its line.
     */
    public ReportData reportData(RunConfig config, RunResult result, Optional<String> timestamp, Consumer<Diagnostic> warnings) {
        Resolved resolved = resolve(config, result.findings(), warnings);
        return new ReportData(corpus(config), result.sources(), result.claims(), result.claimIds(), result.factIndex(),
                result.findings(), resolved.current(), resolved.stale(), timestamp);
    }

    /**
     * What {@code check} shows of a run: the findings, where each is shown, and the editors'
     * resolutions (with a warning per stale one). When every corpus file is as the index holds it,
     * with claims extracted under the run's code, rules and rates, the findings come from the cache
     * the last full run left, without loading a claim; otherwise the run is made in full and cached.
     */
    public CheckData check(RunConfig config, Consumer<Diagnostic> warnings) {
        String extractionKey = ExtractionKey.of(config);
        List<Diagnostic> walking = new ArrayList<>();
        Optional<CheckCache.Entry> cached = unchangedKey(config, extractionKey, walking::add)
                .flatMap(key -> CheckCache.read(config.indexDir(), key));
        List<Finding> findings;
        Map<String, CheckData.Anchor> anchors = new HashMap<>();
        if (cached.isPresent()) {
            walking.forEach(warnings);
            if (config.fxRates().isEmpty() && !Files.isRegularFile(config.rulesDir().resolve(FxImport.TABLE))) {
                warnings.accept(noRates(config.rulesDir().resolve(FxImport.TABLE)));
            }
            findings = cached.get().findings();
            anchors.putAll(cached.get().anchors());
        } else {
            Run run = run(config, extractionKey, warnings);
            RunResult result = run.result();
            findings = result.findings();
            ReportData data = new ReportData(corpus(config), result.sources(), result.claims(), result.claimIds(),
                    result.factIndex(), findings, Map.of(), List.of(), Optional.empty());
            for (Finding finding : findings) {
                Claim first = data.claimsOf(finding).get(0);
                anchors.put(finding.id(), new CheckData.Anchor(first.sourceId(), first.span()));
            }
            if (run.indexCurrent()) {
                Map<String, String> contentHashes = new TreeMap<>();
                result.sources().forEach(source -> contentHashes.put(source.id(), source.contentHash()));
                CheckCache.write(config.indexDir(), new CheckCache.Entry(CheckCache.key(extractionKey, contentHashes), findings, anchors),
                        warnings);
            }
        }
        Resolved resolved = resolve(config, findings, warnings);
        return new CheckData(corpus(config), findings, anchors, resolved.current(), resolved.stale());
    }

    /**
     * A key for everything a run's findings depend on, when the index holds every corpus file as it
     * is (same size and time) with claims extracted under {@code extractionKey}, and nothing more;
     * empty when a file is new, changed or gone, or the index cannot be read now.
     */
    private Optional<String> unchangedKey(RunConfig config, String extractionKey, Consumer<Diagnostic> warnings) {
        List<CorpusFile> files = new CorpusWalker(warnings).walk(config.corpusDir());
        try (PassageIndex index = openIndex.apply(config.indexDir()); PassageIndexUpdate update = index.beginUpdate()) {
            Map<String, StoredSource> stored = update.storedSources();
            if (stored.size() != files.size()) {
                return Optional.empty();
            }
            Map<String, String> contentHashes = new TreeMap<>();
            for (CorpusFile file : files) {
                StoredSource source = stored.get(file.id());
                if (source == null || !source.claimsKey().equals(extractionKey) || !source.stamp().equals(CorpusScan.stamp(file))) {
                    return Optional.empty();
                }
                contentHashes.put(file.id(), source.contentHash());
            }
            return Optional.of(CheckCache.key(extractionKey, contentHashes));
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    /** The resolutions that name a current finding, and the stale ones, each with a warning naming its line. */
    private record Resolved(Map<String, Resolution> current, List<Resolution> stale) {
    }

    private static Resolved resolve(RunConfig config, List<Finding> findings, Consumer<Diagnostic> warnings) {
        ResolutionsFile file = resolutions(config);
        Map<String, Resolution> all = file.load();
        Set<String> ids = new HashSet<>();
        findings.forEach(f -> ids.add(f.id()));
        Map<String, Resolution> current = new HashMap<>();
        List<Resolution> stale = new ArrayList<>();
        all.values().stream().sorted(Comparator.comparingInt(Resolution::line)).forEach(r -> {
            if (ids.contains(r.finding())) {
                current.put(r.finding(), r);
            } else {
                stale.add(r);
                warnings.accept(new Diagnostic(file.path().toString(), r.line(),
                        "stale resolution: finding " + r.finding() + " no longer exists (the corpus or the rules changed)"));
            }
        });
        return new Resolved(current, stale);
    }

    /** The corpus folder as the user named it, with '/' separators. */
    private static String corpus(RunConfig config) {
        return config.corpusDir().toString().replace('\\', '/');
    }

    /**
     * A corpus's claims as extracted, before grouping: the sources, the claims in a spill file with
     * their ids and grouping keys, which of them state their figure again in another unit, and what
     * grouping and comparison need of the rules. The rules themselves (tens of MB for a large
     * gazetteer) and the extractor are let go once it is made.
     */
    private record Extracted(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<ClaimKey> keys,
                             Vocabulary vocabulary, Map<String, String> measureLabels, Set<String> growingMeasures,
                             Set<String> itemisedMeasures, BitSet statingAgain, boolean indexCurrent) {
    }

    /**
     * Brings the passage index up to date and extracts the claims in the same pass over the corpus,
     * with the rules of the run's rules folder.
     */
    private Extracted extract(RunConfig config, String key, Optional<ClaimNormalizer> normalizer, boolean allNumbers,
                              Consumer<Diagnostic> warnings) {
        RuleSet rules = RuleSetLoader.load(config.rulesDir());
        ClaimExtractor extractor = new ClaimExtractor(rules);
        CorpusScan.Extraction extraction = new CorpusScan.Extraction() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public List<Claim> extract(Document document, List<Passage> passages) {
                List<Claim> claims = new ArrayList<>();
                for (Passage passage : passages) {
                    for (Claim claim : extractor.extract(document, passage, allNumbers)) {
                        claims.add(normalizer.map(n -> n.normalize(claim)).orElse(claim));
                    }
                }
                return claims;
            }
        };
        List<SourceDoc> sources = new ArrayList<>();
        ClaimSpill spill = ClaimSpill.create(config.indexDir());
        ClaimIdList ids = new ClaimIdList();
        ClaimKeyList keys = new ClaimKeyList();
        BitSet statingAgain = new BitSet();
        Consumer<CorpusScan.Scanned> collect = scanned -> {
            scanned.source().ifPresent(sources::add);
            List<Claim> ofSource = scanned.claims();
            ids.addAll(ClaimIds.of(ofSource));
            for (Claim claim : ofSource) {
                statingAgain.set(keys.size(), !claim.equivalents().isEmpty());
                spill.append(claim);
                keys.add(ClaimKey.of(claim));
            }
        };
        // All numbers are a look at the text, not the claims to keep: the index is refreshed without them.
        boolean stored = !allNumbers && refreshIndex(config, Optional.of(extraction), warnings, collect);
        if (!stored) {
            if (allNumbers) {
                refreshIndex(config, Optional.empty(), warnings, scanned -> { });
            }
            List<CorpusFile> files = new CorpusWalker(warning -> { }).walk(config.corpusDir());
            new CorpusScan(languages, segmenter, config.lenient(), config.jobs())
                    .scan(files, Optional.empty(), Optional.of(extraction), allNumbers ? warning -> { } : warnings, Progress.NONE, collect);
        }
        Set<String> growing = new HashSet<>();
        for (MeasureRule measure : rules.measures()) {
            if (measure.grows()) {
                growing.add(measure.id());
            }
        }
        return new Extracted(sources, spill.claims(), ids, keys, groupingVocabulary(rules), rules.measureLabels(), growing,
                rules.scopedMeasures(), statingAgain, stored);
    }

    /** Groups extracted claims into facts, with evidence from the passage index. */
    private ClaimsResult group(RunConfig config, Extracted extracted) {
        Map<String, String> languageOfSource = new HashMap<>();
        extracted.sources().forEach(source -> languageOfSource.put(source.id(), source.language()));
        try (PassageIndex index = openIndex.apply(config.indexDir()); SimilarPassages similar = index.openSimilar()) {
            Evidence evidence = new ParallelEvidence(similar, languageOfSource, config.jobs());
            FactIndex facts = new FactGrouper(extracted.vocabulary())
                    .group(extracted.keys(), extracted.claimIds(), extracted.claims()::get, evidence);
            return new ClaimsResult(extracted.sources(), extracted.claims(), extracted.claimIds(), facts);
        }
    }

    /**
     * The normalizer of a full ECB rates file when one is given, else of the rules' monthly table;
     * none, with a warning, when the rules have no table.
     */
    private static Optional<ClaimNormalizer> normalizer(Path rulesDir, Optional<Path> fxRates, String currency,
                                                        Consumer<Diagnostic> warnings) {
        if (fxRates.isPresent()) {
            try {
                return Optional.of(new ClaimNormalizer(RateTable.fromDaily(EcbRates.read(fxRates.get())), currency));
            } catch (IOException e) {
                throw new BadInputException(Diagnostic.of(fxRates.get().toString(), "cannot read ECB rates: " + e.getMessage()), e);
            }
        }
        Path table = rulesDir.resolve(FxImport.TABLE);
        if (!Files.isRegularFile(table)) {
            warnings.accept(noRates(table));
            return Optional.empty();
        }
        try {
            return Optional.of(new ClaimNormalizer(RateTable.load(table), currency));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    private static Diagnostic noRates(Path table) {
        return Diagnostic.of(table.toString(), "no exchange-rate table: amounts of money are not converted");
    }

    /**
     * Why money cannot be converted to the run's currency, if it cannot: neither the euro nor a
     * currency the rates quote.
     */
    public Optional<String> currencyProblem(RunConfig config) {
        if (config.currency().equals(RunConfig.DEFAULT_CURRENCY)) {
            return Optional.empty();
        }
        try {
            normalizer(config.rulesDir(), config.fxRates(), config.currency(), warning -> { });
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Names, labels and the subjects of fact keys, from the rules: an authority stands for its country. */
    private static Vocabulary groupingVocabulary(RuleSet rules) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> keySubjects = new HashMap<>();
        for (EntityRule entity : rules.entities()) {
            names.put(entity.id(), entity.name());
            if (entity.type().equals("authority") && entity.country() != null) {
                keySubjects.put(entity.id(), entity.country());
            }
        }
        return new Vocabulary(names, rules.measureLabels(), keySubjects);
    }

    /**
     * The claims of each line of text, each line taken as one passage of a document in
     * {@code language} published on {@code published}.
     */
    public List<List<Claim>> claimsOfLines(Path rulesDir, List<String> lines, String language, Optional<PartialDate> published,
                                           boolean allNumbers) {
        ClaimExtractor extractor = new ClaimExtractor(RuleSetLoader.load(rulesDir));
        Optional<ClaimNormalizer> normalizer = normalizer(rulesDir, Optional.empty(), RunConfig.DEFAULT_CURRENCY, warning -> { });
        List<List<Claim>> claims = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            claims.add(extractor.extractText(language, published, "stdin:" + (i + 1), lines.get(i), allNumbers)
                    .stream().map(c -> normalizer.map(n -> n.normalize(c)).orElse(c)).toList());
        }
        return claims;
    }

    /**
     * Derives the monthly exchange-rate table of the rules folder from an ECB euro reference rates
     * file ({@code eurofxref-hist.csv}), replacing the table atomically.
     */
    public FxImported importFx(Path ecbRates, Path rulesDir) {
        Path table = rulesDir.resolve(FxImport.TABLE);
        try {
            Files.createDirectories(table.getParent());
            FxImport.Summary summary = FxImport.importEcb(ecbRates, table);
            return new FxImported(table, summary.rows(), summary.currencies(), summary.firstDay(), summary.lastDay(), summary.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import " + ecbRates + " into " + table + ": " + e.getMessage(), e);
        }
    }

    /** Runs every rule's examples through the extractor. */
    public List<RuleCheck> testRules(Path rulesDir) {
        return new RuleExampleRunner(RuleSetLoader.load(rulesDir)).run().stream()
                .map(r -> new RuleCheck(r.ruleId(), r.kind(), r.text(), r.passed(), r.problem()))
                .toList();
    }

    /**
     * Brings the index up to date, then returns the best {@code limit} passages for the query. When
     * another process is updating the index, searches its last committed state, with a warning.
     */
    public List<SearchHit> search(RunConfig config, String query, int limit, Consumer<Diagnostic> warnings) {
        refreshIndex(config, Optional.empty(), warnings, scanned -> { });
        try (PassageIndex index = openIndex.apply(config.indexDir())) {
            return index.search(query, limit);
        }
    }
}
