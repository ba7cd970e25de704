package org.crosscheck.index;

import java.io.Closeable;
import java.util.List;
import org.crosscheck.model.SearchHit;

/**
 * Finds the passages of other sources that say much the same as a text, for many lookups on one
 * open view of the index. A hit's score is the Jaccard overlap of the analysed terms of the text and
 * of the passage (0 to 1), so it means the same for a short sentence and a long one.
 */
public interface SimilarPassages extends Closeable {

    /** Finds nothing: for a corpus without an index. */
    SimilarPassages NONE = new SimilarPassages() {
        @Override
        public List<SearchHit> similar(String text, String language, String excludeSourceId, int limit) {
            return List.of();
        }

        @Override
        public void close() {
        }
    };

    /**
     * The {@code limit} passages in {@code language} most like {@code text}, outside the source
     * {@code excludeSourceId}, best first.
     */
    List<SearchHit> similar(String text, String language, String excludeSourceId, int limit);

    @Override
    void close();
}
