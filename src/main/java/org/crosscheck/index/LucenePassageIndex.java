package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.model.StoreException;
import org.crosscheck.model.Highlight;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Passage;
import org.crosscheck.model.SearchHit;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.SourceFormat;
import org.crosscheck.model.Span;

/** The passage index in a Lucene directory on disk. */
public final class LucenePassageIndex implements PassageIndex {

    /** Best score first, ties by source and passage: the same order whichever threads built the index. */
    static final Sort BY_SCORE_THEN_PASSAGE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.PASSAGE_KEY, SortField.Type.STRING));

    private final Path directoryPath;
    private final Directory directory;
    private final String schema;
    private final Analyzer analyzer = LanguageAnalyzers.perField();

    private LucenePassageIndex(Path directoryPath, Directory directory, String schema) {
        this.directoryPath = directoryPath;
        this.directory = directory;
        this.schema = schema;
    }

    /**
     * Opens (creating the folder if needed) the index stored in {@code dir}.
     *
     * @param passageSchema identifies how passages are made; an index built under another is rebuilt
     */
    public static LucenePassageIndex open(Path dir, String passageSchema) {
        try {
            Files.createDirectories(dir);
            return new LucenePassageIndex(dir, FSDirectory.open(dir), IndexFields.SCHEMA_VERSION + "/" + passageSchema);
        } catch (IOException e) {
            throw new StoreException("cannot open the passage index in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PassageIndexUpdate beginUpdate() {
        return LuceneIndexUpdate.begin(directoryPath, directory, analyzer, schema);
    }

    @Override
    public List<SearchHit> search(String queryText, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return List.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return search(reader, queryText, limit);
            }
        } catch (IOException e) {
            throw new StoreException("cannot search the passage index in " + directoryPath + ": " + e.getMessage()
                    + " (if the index is damaged, delete that folder and it will be rebuilt)", e);
        }
    }

    @Override
    public SimilarPassages openSimilar() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return SimilarPassages.NONE;
            }
            return new LuceneSimilarPassages(DirectoryReader.open(directory), analyzer);
        } catch (IOException e) {
            throw new StoreException("cannot open the passage index in " + directoryPath + ": " + e.getMessage()
                    + " (if the index is damaged, delete that folder and it will be rebuilt)", e);
        }
    }

    private List<SearchHit> search(DirectoryReader reader, String queryText, int limit) throws IOException {
        Map<String, Float> weights = new HashMap<>();
        for (String field : LanguageAnalyzers.TEXT_FIELDS) {
            weights.put(field, 1f);
        }
        Query textQuery = new SimpleQueryParser(analyzer, weights).parse(queryText);
        if (textQuery == null) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(textQuery, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER)
                .build();
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(query, limit, BY_SCORE_THEN_PASSAGE, true);
        Map<Integer, List<Highlight>> highlights = new MatchOffsetsHighlighter(searcher, analyzer)
                .matches(LanguageAnalyzers.TEXT_FIELDS, textQuery, top.scoreDocs);
        List<SearchHit> hits = new ArrayList<>();
        var storedFields = searcher.storedFields();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            org.apache.lucene.document.Document doc = storedFields.document(scoreDoc.doc);
            hits.add(new SearchHit(passage(doc), scoreDoc.score, highlights.getOrDefault(scoreDoc.doc, List.of())));
        }
        hits.sort(Comparator.comparing(SearchHit::score).reversed()
                .thenComparing(hit -> hit.passage().sourceId())
                .thenComparingInt(hit -> hit.passage().ordinal()));
        return List.copyOf(hits);
    }

    /** The source a source document of the index describes. */
    static SourceDoc source(org.apache.lucene.document.Document doc) {
        return new SourceDoc(doc.get(IndexFields.SOURCE_ID), doc.get(IndexFields.TITLE),
                Optional.ofNullable(doc.get(IndexFields.PUBLISHER)), Optional.ofNullable(doc.get(IndexFields.URL)),
                Optional.ofNullable(doc.get(IndexFields.PUBLISHED)).map(PartialDate::parse), doc.get(IndexFields.LANGUAGE),
                intField(doc, IndexFields.LANGUAGE_DETECTED) == 1, SourceFormat.valueOf(doc.get(IndexFields.FORMAT)),
                doc.get(IndexFields.CONTENT_HASH));
    }

    static Passage passage(org.apache.lucene.document.Document doc) {
        String text = null;
        for (String field : LanguageAnalyzers.TEXT_FIELDS) {
            if (doc.get(field) != null) {
                text = doc.get(field);
            }
        }
        Span span = new Span(intField(doc, IndexFields.START), intField(doc, IndexFields.END),
                intField(doc, IndexFields.LINE), intField(doc, IndexFields.COLUMN));
        return new Passage(doc.get(IndexFields.SOURCE_ID), intField(doc, IndexFields.ORDINAL), span, text);
    }

    private static int intField(org.apache.lucene.document.Document doc, String name) {
        StoredField field = (StoredField) doc.getField(name);
        return field.numericValue().intValue();
    }

    @Override
    public void close() {
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
