package org.crosscheck.index;

import java.io.Closeable;
import java.util.List;
import org.crosscheck.model.SearchHit;

/**
 * An index of passages that can be updated one source at a time and searched. Embedded Lucene
 * implements it; a cluster search engine could replace it when one machine is not enough.
 */
public interface PassageIndex extends Closeable {

    /** Starts an update; nothing it does is visible to searches until {@link PassageIndexUpdate#commit()}. */
    PassageIndexUpdate beginUpdate();

    /** The best {@code limit} passages for a query, best first. */
    List<SearchHit> search(String query, int limit);

    /** A view of the last committed index for many similar-passage lookups; close it when done. */
    SimilarPassages openSimilar();

    /** Releases the index's files. */
    @Override
    void close();
}
