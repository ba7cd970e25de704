package org.crosscheck.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.crosscheck.index.PassageIndexUpdate;
import org.crosscheck.index.StoredClaims;
import org.crosscheck.index.StoredSource;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.DocumentReader;
import org.crosscheck.ingest.FileContent;
import org.crosscheck.ingest.LanguageProfiles;
import org.crosscheck.ingest.SentenceSegmenter;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Document;
import org.crosscheck.model.FileStamp;
import org.crosscheck.model.Passage;
import org.crosscheck.model.SourceDoc;

/**
 * One pass over the corpus files that brings the passage index and its claim store up to date:
 * {@code jobs} threads read, parse, segment, extract and index files at once, and the results
 * (sources, claims, warnings) come back in corpus order, so a run's output does not depend on the
 * number of threads. A file whose size and modification time the index recorded is not read; one
 * whose content hash it holds is not parsed; one whose claims it holds under the run's extraction
 * key is not extracted again.
 */
final class CorpusScan {

    /** How many files per thread may be in flight ahead of the one the results wait for. */
    private static final int AHEAD_PER_JOB = 16;

    /** Claims of a document with its passages, and the key that identifies how they were extracted. */
    interface Extraction {

        /** Identifies the code, rules and rates the claims are extracted with. */
        String key();

        /** The document's claims; called from several threads at once. */
        List<Claim> extract(Document document, List<Passage> passages);
    }

    /** What became of one corpus file. */
    enum Outcome { INDEXED, UNCHANGED, SKIPPED }

    /**
     * One file's result: its source and claims (when it is a document and claims were asked for),
     * and the warnings it raised, to be reported in corpus order.
     */
    record Scanned(Outcome outcome, Optional<SourceDoc> source, List<Claim> claims, int passages, long bytes,
                   List<Diagnostic> warnings) {
    }

    private final LanguageProfiles languages;
    private final SentenceSegmenter segmenter;
    private final boolean lenient;
    private final int jobs;

    CorpusScan(LanguageProfiles languages, SentenceSegmenter segmenter, boolean lenient, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.languages = languages;
        this.segmenter = segmenter;
        this.lenient = lenient;
        this.jobs = jobs;
    }

    /**
     * Scans {@code files} into {@code update} (none: every file is read and nothing is stored),
     * handing each file's result to {@code sink} in corpus order; sources the index holds that are
     * not among the files are removed. Returns what was done.
     */
    IndexSummary scan(List<CorpusFile> files, Optional<PassageIndexUpdate> update, Optional<Extraction> extraction,
                      Consumer<Diagnostic> warnings, Progress progress, Consumer<Scanned> sink) {
        long started = System.nanoTime();
        Map<String, StoredSource> stored = update.map(PassageIndexUpdate::storedSources).orElse(Map.of());
        Set<String> gone = new HashSet<>(stored.keySet());
        int[] counts = new int[Outcome.values().length];
        long passages = 0;
        long bytes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "crosscheck-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArrayDeque<Future<Scanned>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int done = 0; done < files.size(); done++) {
                while (submitted < files.size() && pending.size() < jobs * AHEAD_PER_JOB) {
                    CorpusFile file = files.get(submitted++);
                    gone.remove(file.id());
                    StoredSource known = stored.get(file.id());
                    pending.add(pool.submit(() -> scanFile(file, Optional.ofNullable(known), update, extraction)));
                }
                progress.update(done, files.size(), files.get(done).id());
                Scanned scanned = Futures.get(pending.removeFirst(), "scanning the corpus");
                scanned.warnings().forEach(warnings);
                counts[scanned.outcome().ordinal()]++;
                passages += scanned.passages();
                bytes += scanned.bytes();
                sink.accept(scanned);
            }
            update.ifPresent(u -> new TreeSet<>(gone).forEach(u::remove));
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
            progress.finish();
        }
        return new IndexSummary(counts[Outcome.INDEXED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                update.isPresent() ? gone.size() : 0, counts[Outcome.SKIPPED.ordinal()], passages, bytes,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Scanned scanFile(CorpusFile file, Optional<StoredSource> known, Optional<PassageIndexUpdate> update,
                             Optional<Extraction> extraction) {
        FileStamp stamp = stamp(file);
        Optional<String> key = extraction.map(Extraction::key);
        boolean claimsCurrent = known.isPresent() && key.map(known.get().claimsKey()::equals).orElse(true);
        if (known.isPresent() && known.get().stamp().equals(stamp) && claimsCurrent) {
            Optional<Scanned> unchanged = unchanged(file, update.orElseThrow(), extraction.isPresent(), stamp.size());
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
        }
        FileContent content = FileContent.read(file);
        boolean sameContent = known.isPresent() && known.get().contentHash().equals(content.hash());
        if (sameContent && claimsCurrent) {
            Optional<Scanned> unchanged = unchanged(file, update.orElseThrow(), extraction.isPresent(), stamp.size());
            if (unchanged.isPresent()) {
                update.get().restamp(file.id(), stamp);
                return unchanged.get();
            }
        }
        List<Diagnostic> raised = new ArrayList<>();
        Optional<Document> document = new DocumentReader(lenient, languages, raised::add).read(content);
        if (document.isEmpty()) {
            update.ifPresent(u -> u.remove(file.id()));
            return new Scanned(Outcome.SKIPPED, Optional.empty(), List.of(), 0, stamp.size(), raised);
        }
        List<Passage> passages = segmenter.segment(document.get());
        Optional<List<Claim>> claims = extraction.map(e -> e.extract(document.get(), passages));
        SourceDoc source = document.get().source();
        update.ifPresent(u -> u.put(document.get(), passages, stamp,
                claims.map(c -> new StoredClaims(source, key.orElseThrow(), c))));
        return new Scanned(Outcome.INDEXED, Optional.of(source), claims.orElse(List.of()), passages.size(), stamp.size(), raised);
    }

    /** The result of a file the index already holds, with its stored claims when they are wanted and stored. */
    private static Optional<Scanned> unchanged(CorpusFile file, PassageIndexUpdate update, boolean wantClaims, long bytes) {
        if (!wantClaims) {
            return Optional.of(new Scanned(Outcome.UNCHANGED, Optional.empty(), List.of(), 0, bytes, List.of()));
        }
        return update.storedClaims(file.id())
                .map(stored -> new Scanned(Outcome.UNCHANGED, Optional.of(stored.source()), stored.claims(), 0, bytes, List.of()));
    }

    static FileStamp stamp(CorpusFile file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.of(file.displayPath(), "cannot read file: " + e), e);
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
