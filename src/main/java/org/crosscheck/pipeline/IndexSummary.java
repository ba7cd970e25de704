package org.crosscheck.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What an index run did.
 *
 * @param indexed documents read and (re)indexed because they are new or changed
 * @param unchanged documents the index already held: not parsed again, and not even read when size and time are as recorded
 * @param removed documents the index held that the corpus no longer has
 * @param skipped files skipped with a warning (empty, binary, or invalid UTF-8 when lenient)
 * @param passages passages of the documents indexed in this run
 * @param bytesRead bytes of every corpus file (its size), whether read or not
 */
public record IndexSummary(int indexed, int unchanged, int removed, int skipped, long passages, long bytesRead, Duration elapsed) {

    public IndexSummary {
        if (indexed < 0 || unchanged < 0 || removed < 0 || skipped < 0 || passages < 0 || bytesRead < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        requireNonNull(elapsed, "elapsed");
    }
}
