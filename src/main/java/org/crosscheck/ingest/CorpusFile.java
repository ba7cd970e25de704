package org.crosscheck.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file found in a corpus folder.
 *
 * @param path where to read it
 * @param id its path relative to the corpus folder with '/' separators, which is the source id
 * @param displayPath its path as the user would type it (the corpus folder as given, then the id),
 *     used in messages
 */
public record CorpusFile(Path path, String id, String displayPath) {

    public CorpusFile {
        requireNonNull(path, "path");
        requireNonNull(id, "id");
        requireNonNull(displayPath, "displayPath");
    }

    /** The file's extension, lower case, without the dot; empty when it has none. */
    public String extension() {
        int dot = id.lastIndexOf('.');
        int slash = id.lastIndexOf('/');
        return dot > slash + 1 ? id.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
