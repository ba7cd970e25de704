package org.crosscheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.crosscheck.model.Highlight;

/**
 * Lucene's unified highlighter, asked for the offsets of the matched terms in each whole passage
 * rather than for marked-up snippets, so the caller decides how to show them.
 */
final class MatchOffsetsHighlighter extends UnifiedHighlighter {

    /** Longer than any passage, so a passage is always highlighted whole. */
    private static final int MAX_HIGHLIGHTED_CHARS = 100_000;

    MatchOffsetsHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(MAX_HIGHLIGHTED_CHARS)
                .withFormatter(new OffsetsFormatter()));
    }

    /** The matched stretches of each hit's passage, by Lucene document id. */
    Map<Integer, List<Highlight>> matches(String[] fields, Query query, ScoreDoc[] hits) throws IOException {
        int[] docIds = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docIds[i] = hits[i].doc;
        }
        int[] maxPassages = new int[fields.length];
        Arrays.fill(maxPassages, 1);
        Map<String, Object[]> byField = highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        Map<Integer, List<Highlight>> result = new HashMap<>();
        for (Object[] perDoc : byField.values()) {
            for (int i = 0; i < perDoc.length; i++) {
                if (perDoc[i] instanceof List<?> list && !list.isEmpty()) {
                    List<Highlight> highlights = new ArrayList<>();
                    list.forEach(item -> highlights.add((Highlight) item));
                    result.put(docIds[i], List.copyOf(highlights));
                }
            }
        }
        return result;
    }

    /** Formats a highlighted passage as the list of its match offsets, adjacent matches merged. */
    private static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Highlight> matches = new ArrayList<>();
            for (Passage passage : passages) {
                int[] starts = passage.getMatchStarts();
                int[] ends = passage.getMatchEnds();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int end = Math.min(ends[i], content.length());
                    if (end > starts[i]) {
                        matches.add(new Highlight(starts[i], end));
                    }
                }
            }
            matches.sort(Comparator.comparingInt(Highlight::start));
            List<Highlight> highlights = new ArrayList<>();
            for (Highlight match : matches) {
                    int start = match.start();
                    int end = match.end();
                    Highlight last = highlights.isEmpty() ? null : highlights.get(highlights.size() - 1);
                    if (last != null && start <= last.end()) {
                        highlights.set(highlights.size() - 1, new Highlight(last.start(), Math.max(last.end(), end)));
                    } else {
                        highlights.add(match);
                    }
            }
            return highlights;
        }
    }
}
