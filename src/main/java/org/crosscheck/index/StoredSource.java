package org.crosscheck.index;

import static java.util.Objects.requireNonNull;

import org.crosscheck.model.FileStamp;

/**
 * What the index holds about one source file: enough to tell whether the file changed and whether
 * its stored claims were extracted the way this run would extract them.
 *
 * @param contentHash SHA-256 of the file's bytes
 * @param stamp the file's size and modification time when it was indexed
 * @param claimsKey identifies the code, rules and rates its stored claims were extracted with; empty when none are stored
 */
public record StoredSource(String contentHash, FileStamp stamp, String claimsKey) {

    public StoredSource {
        requireNonNull(contentHash, "contentHash");
        requireNonNull(stamp, "stamp");
        requireNonNull(claimsKey, "claimsKey");
    }
}
