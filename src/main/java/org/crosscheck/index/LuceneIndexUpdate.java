package org.crosscheck.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.model.StoreException;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;
import org.crosscheck.model.SourceDoc;

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
    public Optional<String> storedHash(String sourceId) {
        if (committed == null) {
            return Optional.empty();
        }
        try {
            IndexSearcher searcher = new IndexSearcher(committed);
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.SOURCE_KEY, sourceId)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.CONTENT_HASH));
        } catch (IOException e) {
            throw failure("read", e);
        }
    }

    @Override
    public Set<String> storedSourceIds() {
        Set<String> ids = new HashSet<>();
        if (committed == null) {
            return ids;
        }
        try {
            Terms terms = MultiTerms.getTerms(committed, IndexFields.SOURCE_KEY);
            if (terms == null) {
                return ids;
            }
            Bits live = MultiBits.getLiveDocs(committed);
            TermsEnum termsEnum = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(term.utf8ToString());
                        break;
                    }
                }
            }
            return ids;
        } catch (IOException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void put(Document document, List<Passage> passages) {
        SourceDoc source = document.source();
        List<org.apache.lucene.document.Document> docs = new ArrayList<>(passages.size() + 1);
        docs.add(sourceDocument(source));
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

    private static org.apache.lucene.document.Document sourceDocument(SourceDoc source) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_SOURCE, Field.Store.NO));
        doc.add(new StringField(IndexFields.SOURCE_ID, source.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.SOURCE_KEY, source.id(), Field.Store.NO));
        doc.add(new StoredField(IndexFields.CONTENT_HASH, source.contentHash()));
        doc.add(new StoredField(IndexFields.TITLE, source.title()));
        source.publisher().ifPresent(v -> doc.add(new StoredField(IndexFields.PUBLISHER, v)));
        source.url().ifPresent(v -> doc.add(new StoredField(IndexFields.URL, v)));
        source.published().ifPresent(v -> doc.add(new StoredField(IndexFields.PUBLISHED, v.toString())));
        doc.add(new StoredField(IndexFields.LANGUAGE, source.language()));
        doc.add(new StoredField(IndexFields.LANGUAGE_DETECTED, source.languageDetected() ? 1 : 0));
        doc.add(new StoredField(IndexFields.FORMAT, source.format().name()));
        return doc;
    }

    private static org.apache.lucene.document.Document passageDocument(Passage passage, String textField) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_PASSAGE, Field.Store.NO));
        doc.add(new StringField(IndexFields.SOURCE_ID, passage.sourceId(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.ORDINAL, passage.ordinal()));
        doc.add(new StoredField(IndexFields.START, passage.span().start()));
        doc.add(new StoredField(IndexFields.END, passage.span().end()));
        doc.add(new StoredField(IndexFields.LINE, passage.span().line()));
        doc.add(new StoredField(IndexFields.COLUMN, passage.span().column()));
        doc.add(new Field(textField, passage.text(), PASSAGE_TEXT));
        return doc;
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
