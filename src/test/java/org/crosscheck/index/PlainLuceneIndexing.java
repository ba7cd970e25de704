package org.crosscheck.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.ingest.CorpusFile;
import org.crosscheck.ingest.CorpusWalker;
import org.crosscheck.ingest.DocumentReader;
import org.crosscheck.ingest.FileContent;
import org.crosscheck.ingest.LanguageProfiles;
import org.crosscheck.ingest.SentenceSegmenter;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;

/**
 * The floor of the end-to-end benchmark: reads and segments the corpus into crosscheck's passages
 * and indexes them with plain Lucene, with the same analyzers and text field type as crosscheck's
 * index, on the same number of threads, and nothing else (no claims, hashes, stored sources or doc
 * values). Not part of the product: {@code bench/run.sh} runs it beside {@code crosscheck report}.
 *
 * <p>Arguments: CORPUS INDEX_DIR JOBS. Prints {@code seconds files passages bytes}.
 */
public final class PlainLuceneIndexing {

    private PlainLuceneIndexing() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        int jobs = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        List<CorpusFile> files = new CorpusWalker(d -> { }).walk(corpus);
        LanguageProfiles languages = LanguageProfiles.bundled();
        SentenceSegmenter segmenter = new SentenceSegmenter(languages);
        FieldType text = new FieldType();
        text.setTokenized(true);
        text.setStored(true);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        AtomicLong passages = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Files.createDirectories(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), config)) {
            List<Future<?>> tasks = new ArrayList<>();
            int slice = (files.size() + jobs - 1) / Math.max(1, jobs);
            for (int from = 0; from < files.size(); from += slice) {
                List<CorpusFile> part = files.subList(from, Math.min(files.size(), from + slice));
                tasks.add(pool.submit(() -> {
                    DocumentReader reader = new DocumentReader(true, languages, d -> { });
                    for (CorpusFile file : part) {
                        FileContent content = FileContent.read(file);
                        bytes.addAndGet(content.bytes().length);
                        Document document = reader.read(content).orElse(null);
                        if (document == null) {
                            continue;
                        }
                        String field = LanguageAnalyzers.fieldFor(document.source().language());
                        for (Passage passage : segmenter.segment(document)) {
                            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                            doc.add(new StringField(IndexFields.SOURCE_ID, passage.sourceId(), Field.Store.YES));
                            doc.add(new Field(field, passage.text(), text));
                            writer.addDocument(doc);
                            passages.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
            writer.commit();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%.3f %d %d %d%n", seconds, files.size(), passages.get(), bytes.get());
    }
}
