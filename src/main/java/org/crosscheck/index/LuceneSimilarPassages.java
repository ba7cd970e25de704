package org.crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.crosscheck.model.SearchHit;

/** Similar passages from one open Lucene reader: a query of the text's terms, re-scored by term overlap. */
final class LuceneSimilarPassages implements SimilarPassages {

    /** At most this many of a text's terms go into the query (Lucene allows 1024 clauses). */
    private static final int MAX_TERMS = 256;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    LuceneSimilarPassages(DirectoryReader reader, Analyzer analyzer) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
    }

    @Override
    public List<SearchHit> similar(String text, String language, String excludeSourceId, int limit) {
        String field = LanguageAnalyzers.fieldFor(language);
        try {
            Set<String> terms = terms(field, text);
            if (terms.isEmpty() || limit < 1) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.SOURCE_ID, excludeSourceId)), Occur.MUST_NOT);
            terms.stream().limit(MAX_TERMS).forEach(t -> query.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
            query.setMinimumNumberShouldMatch(1);
            TopDocs top = searcher.search(query.build(), limit);
            List<SearchHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                var doc = stored.document(scoreDoc.doc);
                Set<String> other = terms(field, doc.get(field));
                long shared = other.stream().filter(terms::contains).count();
                float jaccard = (float) shared / (terms.size() + other.size() - shared);
                hits.add(new SearchHit(LucenePassageIndex.passage(doc), jaccard, List.of()));
            }
            hits.sort(Comparator.comparing(SearchHit::score).reversed()
                    .thenComparing(hit -> hit.passage().sourceId())
                    .thenComparingInt(hit -> hit.passage().ordinal()));
            return List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the passage index: " + e.getMessage(), e);
        }
    }

    private Set<String> terms(String field, String text) throws IOException {
        Set<String> terms = new TreeSet<>();
        if (text == null) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
