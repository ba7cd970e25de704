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

/**
 * Similar passages from one open Lucene reader: a query of the text's rarest terms, re-scored by
 * term overlap. Terms found in more than {@value #MAX_DOC_FREQ} passages are left out of the query
 * (they say little about which passages match, and each costs a pass over its postings), so a query
 * costs at most {@value #MAX_QUERY_TERMS} × {@value #MAX_DOC_FREQ} postings however large the index
 * grows. Ties in score are broken by source id and passage ordinal, never by Lucene's document
 * numbers, which depend on how many threads built the index.
 */
final class LuceneSimilarPassages implements SimilarPassages {

    /** At most this many of a text's terms, the rarest, go into the query. */
    private static final int MAX_QUERY_TERMS = 25;
    /** A term in more passages than this is too common to find similar passages with. */
    static final int MAX_DOC_FREQ = 1000;

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
            List<Term> rare = rarest(field, terms);
            if (rare.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.SOURCE_ID, excludeSourceId)), Occur.MUST_NOT);
            rare.forEach(t -> query.add(new TermQuery(t), Occur.SHOULD));
            query.setMinimumNumberShouldMatch(1);
            TopDocs top = searcher.search(query.build(), limit, LucenePassageIndex.BY_SCORE_THEN_PASSAGE, true);
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

    /** The text's terms found in at least one and at most {@value #MAX_DOC_FREQ} passages, rarest first. */
    private List<Term> rarest(String field, Set<String> terms) throws IOException {
        record Counted(Term term, int docFreq) {
        }
        List<Counted> counted = new ArrayList<>();
        for (String text : terms) {
            Term term = new Term(field, text);
            int docFreq = reader.docFreq(term);
            if (docFreq > 0 && docFreq <= MAX_DOC_FREQ) {
                counted.add(new Counted(term, docFreq));
            }
        }
        counted.sort(Comparator.comparingInt(Counted::docFreq).thenComparing(c -> c.term().text()));
        return counted.stream().limit(MAX_QUERY_TERMS).map(Counted::term).toList();
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
