package org.crosscheck.index;

/** Field names of the passage index and the schema version that says when it must be rebuilt. */
final class IndexFields {

    /**
     * Bumped whenever analysis or the stored fields change, so an index built by an older
     * crosscheck is rebuilt rather than trusted (segmentation changes carry their own fingerprint).
     */
    static final String SCHEMA_VERSION = "4";
    static final String SCHEMA_KEY = "crosscheck.schema";

    static final String KIND = "kind";
    static final String KIND_SOURCE = "source";
    static final String KIND_PASSAGE = "passage";

    /** On every document of a source, so one term deletes all of them. */
    static final String SOURCE_ID = "source_id";
    /** Only on a source's own document: one per source, so its terms list the sources. */
    static final String SOURCE_KEY = "source_key";

    static final String CONTENT_HASH = "content_hash";
    static final String TITLE = "title";
    static final String PUBLISHER = "publisher";
    static final String URL = "url";
    static final String PUBLISHED = "published";
    static final String LANGUAGE = "language";
    static final String LANGUAGE_DETECTED = "language_detected";
    static final String FORMAT = "format";
    /** Numeric doc values on a source's document, updatable in place when a file is only touched. */
    static final String FILE_SIZE = "file_size";
    static final String FILE_MODIFIED = "file_modified";
    /** Stored on a source's document: the key its claims were extracted under, and the claims (see {@link ClaimCodec}). */
    static final String CLAIMS_KEY = "claims_key";
    static final String CLAIMS = "claims";
    /**
     * Binary doc values on a source's document: its id, content hash and claims key again, so that
     * listing the stored sources does not decompress the stored fields that hold their claims.
     */
    static final String SOURCE_ID_VALUE = "source_id_value";
    static final String CONTENT_HASH_VALUE = "content_hash_value";
    static final String CLAIMS_KEY_VALUE = "claims_key_value";

    static final String ORDINAL = "ordinal";
    static final String START = "start";
    static final String END = "end";
    static final String LINE = "line";
    static final String COLUMN = "column";
    /** Sorted doc values on each passage, source id then zero-padded ordinal: an order that does not depend on document numbers. */
    static final String PASSAGE_KEY = "passage_key";

    private IndexFields() {
    }
}
