package org.crosscheck.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;

/**
 * One all-or-nothing change to a passage index: what {@link #commit()} does not publish, closing
 * throws away, so a crash mid-build leaves the previous index in use.
 */
public interface PassageIndexUpdate extends AutoCloseable {

    /** The content hash the index holds for a source, if it holds the source. */
    Optional<String> storedHash(String sourceId);

    /** Every source id the index holds. */
    Set<String> storedSourceIds();

    /** Replaces whatever the index holds for the document's source with the document and its passages. */
    void put(Document document, List<Passage> passages);

    /** Drops a source and its passages. */
    void remove(String sourceId);

    /** Publishes every change of this update at once. */
    void commit();

    /** Ends the update; changes not committed are discarded. */
    @Override
    void close();
}
