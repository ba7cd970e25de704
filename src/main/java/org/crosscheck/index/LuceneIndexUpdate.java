package org.crosscheck.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.model.Document;
import org.crosscheck.model.FileStamp;
import org.crosscheck.model.Passage;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.StoreException;

/**
 * An update of the Lucene passage index. Reads see the last commit; writes go to an
 * {@link IndexWriter} that publishes them only on {@link #commit()}, atomically, and throws them
 * away on {@link #close()} otherwise.
 */
final class LuceneIndexUpdate implements PassageIndexUpdate {

    private static final int RAM_BUFFER_MB = 64;
    private static final FieldType PASSAGE_TEXT = passageTextType();

    private final Path path;
    private final IndexWriter writer;
    private final DirectoryReader committed;
    private final String schema;
    /** Each stored source's document number in {@code committed}, as {@link #storedSources()} found it. */
    private final Map<String, Integer> sourceDocs = new ConcurrentHashMap<>();
    private boolean done;

    private LuceneIndexUpdate(Path path, IndexWriter writer, DirectoryReader committed, String schema) {
        this.path = path;
        this.writer = writer;
        this.committed = committed;
        this.schema = schema;
    }

    /** Starts an update; an index built under another schema is replaced as a whole on commit. */
    static LuceneIndexUpdate begin(Path path, Directory directory, Analyzer analyzer, String schema) {
        IndexWriter writer = null;
        try {
            boolean reusable = DirectoryReader.indexExists(directory) && hasSchema(directory, schema);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(reusable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            DirectoryReader committed = reusable ? DirectoryReader.open(directory) : null;
            return new LuceneIndexUpdate(path, writer, committed, schema);
        } catch (LockObtainFailedException e) {
            throw new StoreException("the passage index in " + path + " is being updated by another crosscheck process; try again when it has finished", e, true);
        } catch (IOException e) {
            closeQuietly(writer);
            throw new StoreException("cannot open the passage index in " + path + " for writing: " + e.getMessage()
                    + " (if the index is damaged, delete that folder and it will be rebuilt)", e);
        }
    }

    private static boolean hasSchema(Directory directory, String schema) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> userData = reader.getIndexCommit().getUserData();
            return schema.equals(userData.get(IndexFields.SCHEMA_KEY));
        }
    }

    @Override
    public Map<String, StoredSource> storedSources() {
        Map<String, StoredSource> sources = new HashMap<>();
        if (committed == null) {
            return sources;
        }
        try {
            sourceDocs.clear();
            for (LeafReaderContext leaf : committed.leaves()) {
                LeafReader reader = leaf.reader();
                PostingsEnum docs = reader.postings(new Term(IndexFields.KIND, IndexFields.KIND_SOURCE));
                if (docs == null) {
                    continue;
                }
                Bits live = reader.getLiveDocs();
                NumericDocValues sizes = reader.getNumericDocValues(IndexFields.FILE_SIZE);
                NumericDocValues modified = reader.getNumericDocValues(IndexFields.FILE_MODIFIED);
                BinaryDocValues ids = reader.getBinaryDocValues(IndexFields.SOURCE_ID_VALUE);
                BinaryDocValues hashes = reader.getBinaryDocValues(IndexFields.CONTENT_HASH_VALUE);
                BinaryDocValues keys = reader.getBinaryDocValues(IndexFields.CLAIMS_KEY_VALUE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String id = textAt(ids, doc);
                    FileStamp stamp = new FileStamp(valueAt(sizes, doc), valueAt(modified, doc));
                    sourceDocs.put(id, leaf.docBase + doc);
                    sources.put(id, new StoredSource(textAt(hashes, doc), stamp, textAt(keys, doc)));
                }
            }
            return sources;
        } catch (IOException e) {
            throw failure("read", e);
        }
    }

    /** The text doc value of {@code doc}, or "" when it has none. */
    private static String textAt(BinaryDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
    }

    /** The doc value of {@code doc}, or -1 (no file has that size or time) when it has none. */
    private static long valueAt(NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.longValue() : -1;
    }

    @Override
    public Optional<StoredClaims> storedClaims(String sourceId) {
        if (committed == null) {
            return Optional.empty();
        }
        try {
            Integer found = sourceDocs.get(sourceId);
            if (found == null) {
                IndexSearcher searcher = new IndexSearcher(committed);
                TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.SOURCE_KEY, sourceId)), 1);
                if (top.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                found = top.scoreDocs[0].doc;
            }
            org.apache.lucene.document.Document doc = committed.storedFields().document(found);
            BytesRef bytes = doc.getBinaryValue(IndexFields.CLAIMS);
            String key = doc.get(IndexFields.CLAIMS_KEY);
            if (bytes == null || key == null) {
                return Optional.empty();
            }
            return ClaimCodec.decode(sourceId, bytes.bytes, bytes.offset, bytes.length)
                    .map(claims -> new StoredClaims(LucenePassageIndex.source(doc), key, claims));
        } catch (IOException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void put(Document document, List<Passage> passages, FileStamp stamp, Optional<StoredClaims> claims) {
        SourceDoc source = document.source();
        List<org.apache.lucene.document.Document> docs = new ArrayList<>(passages.size() + 1);
        docs.add(sourceDocument(source, stamp, claims));
        String textField = LanguageAnalyzers.fieldFor(source.language());
        for (Passage passage : passages) {
            docs.add(passageDocument(passage, textField));
        }
        try {
            writer.updateDocuments(new Term(IndexFields.SOURCE_ID, source.id()), docs);
        } catch (IOException e) {
            throw failure("write", e);
        }
    }

    @Override
    public void restamp(String sourceId, FileStamp stamp) {
        try {
            Term key = new Term(IndexFields.SOURCE_KEY, sourceId);
            writer.updateDocValues(key, new NumericDocValuesField(IndexFields.FILE_SIZE, stamp.size()),
                    new NumericDocValuesField(IndexFields.FILE_MODIFIED, stamp.modifiedNanos()));
        } catch (IOException e) {
            throw failure("write", e);
        }
    }

    @Override
    public void remove(String sourceId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.SOURCE_ID, sourceId));
        } catch (IOException e) {
            throw failure("write", e);
        }
    }

    @Override
    public void commit() {
        try {
            if (committed != null && !writer.hasUncommittedChanges()) {
                done = true;
                return;
            }
            writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, schema).entrySet());
            writer.commit();
            done = true;
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    @Override
    public void close() {
        try {
            if (!done) {
                writer.rollback();
            } else {
                writer.close();
            }
            if (committed != null) {
                committed.close();
            }
        } catch (IOException e) {
            throw failure("close", e);
        }
    }

    private static org.apache.lucene.document.Document sourceDocument(SourceDoc source, FileStamp stamp, Optional<StoredClaims> claims) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_SOURCE, Field.Store.NO));
        doc.add(new StringField(IndexFields.SOURCE_ID, source.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.SOURCE_KEY, source.id(), Field.Store.NO));
        doc.add(new StoredField(IndexFields.CONTENT_HASH, source.contentHash()));
        doc.add(new BinaryDocValuesField(IndexFields.SOURCE_ID_VALUE, new BytesRef(source.id())));
        doc.add(new BinaryDocValuesField(IndexFields.CONTENT_HASH_VALUE, new BytesRef(source.contentHash())));
        doc.add(new StoredField(IndexFields.TITLE, source.title()));
        source.publisher().ifPresent(v -> doc.add(new StoredField(IndexFields.PUBLISHER, v)));
        source.url().ifPresent(v -> doc.add(new StoredField(IndexFields.URL, v)));
        source.published().ifPresent(v -> doc.add(new StoredField(IndexFields.PUBLISHED, v.toString())));
        doc.add(new StoredField(IndexFields.LANGUAGE, source.language()));
        doc.add(new StoredField(IndexFields.LANGUAGE_DETECTED, source.languageDetected() ? 1 : 0));
        doc.add(new StoredField(IndexFields.FORMAT, source.format().name()));
        doc.add(new NumericDocValuesField(IndexFields.FILE_SIZE, stamp.size()));
        doc.add(new NumericDocValuesField(IndexFields.FILE_MODIFIED, stamp.modifiedNanos()));
        claims.ifPresent(stored -> {
            doc.add(new StoredField(IndexFields.CLAIMS_KEY, stored.key()));
            doc.add(new BinaryDocValuesField(IndexFields.CLAIMS_KEY_VALUE, new BytesRef(stored.key())));
            doc.add(new StoredField(IndexFields.CLAIMS, ClaimCodec.encode(stored.claims())));
        });
        return doc;
    }

    private static org.apache.lucene.document.Document passageDocument(Passage passage, String textField) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_PASSAGE, Field.Store.NO));
        doc.add(new StringField(IndexFields.SOURCE_ID, passage.sourceId(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.ORDINAL, passage.ordinal()));
        doc.add(new SortedDocValuesField(IndexFields.PASSAGE_KEY, new BytesRef(passageKey(passage))));
        doc.add(new StoredField(IndexFields.START, passage.span().start()));
        doc.add(new StoredField(IndexFields.END, passage.span().end()));
        doc.add(new StoredField(IndexFields.LINE, passage.span().line()));
        doc.add(new StoredField(IndexFields.COLUMN, passage.span().column()));
        doc.add(new Field(textField, passage.text(), PASSAGE_TEXT));
        return doc;
    }

    /** Source id, then the ordinal zero-padded to ten digits, so keys sort as (source, ordinal). */
    static String passageKey(Passage passage) {
        String ordinal = Integer.toString(passage.ordinal());
        return passage.sourceId() + '\u0000' + "0".repeat(10 - ordinal.length()) + ordinal;
    }

    /** Analysed, stored, with offsets in the postings so the highlighter need not re-analyse. */
    private static FieldType passageTextType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private StoreException failure(String action, IOException e) {
        return new StoreException("cannot " + action + " the passage index in " + path + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(IndexWriter writer) {
        if (writer != null) {
            try {
                writer.rollback();
            } catch (IOException ignored) {
                // the original failure is what the caller needs to see
            }
        }
    }
}
