package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One corpus document's identity and metadata.
 *
 * @param id stable identifier: the file's path relative to the corpus folder, with '/' separators
 * @param title from front matter or the HTML title, else the document's first line
 * @param language ISO 639-1 code ("fr", "en")
 * @param languageDetected true when the language was guessed from the text rather than stated
 * @param contentHash SHA-256 of the file's bytes, hex
 */
public record SourceDoc(
        String id,
        String title,
        Optional<String> publisher,
        Optional<String> url,
        Optional<PartialDate> published,
        String language,
        boolean languageDetected,
        SourceFormat format,
        String contentHash) {

    public SourceDoc {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(publisher, "publisher");
        requireNonNull(url, "url");
        requireNonNull(published, "published");
        requireNonNull(language, "language");
        requireNonNull(format, "format");
        requireNonNull(contentHash, "contentHash");
        if (id.isEmpty() || id.startsWith("/") || id.contains("\\")) {
            throw new IllegalArgumentException("source id must be a relative path with '/' separators: " + id);
        }
    }
}
