package org.crosscheck.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Document;
import org.crosscheck.model.FileStamp;
import org.crosscheck.model.Passage;

/**
 * One all-or-nothing change to a passage index and its claim store: what {@link #commit()} does not
 * publish, closing throws away, so a crash mid-build leaves the previous index in use. Reads see the
 * last commit. Every method may be called from several threads at once.
 */
public interface PassageIndexUpdate extends AutoCloseable {

    /** What the index holds about each source, by source id. */
    Map<String, StoredSource> storedSources();

    /** The source and claims stored for {@code sourceId}, if the index holds claims for it. */
    Optional<StoredClaims> storedClaims(String sourceId);

    /**
     * Replaces whatever the index holds for the document's source with the document, its passages,
     * the file's stamp and, when given, its claims (without them, stored claims are dropped).
     */
    void put(Document document, List<Passage> passages, FileStamp stamp, Optional<StoredClaims> claims);

    /** Records a new stamp for a source whose file was touched but whose content did not change. */
    void restamp(String sourceId, FileStamp stamp);

    /** Drops a source and its passages. */
    void remove(String sourceId);

    /** Publishes every change of this update at once. */
    void commit();

    /** Ends the update; changes not committed are discarded. */
    @Override
    void close();
}
