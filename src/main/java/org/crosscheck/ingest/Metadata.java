package org.crosscheck.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crosscheck.model.PartialDate;

/** What a document says about itself, in front matter or HTML head; every part may be missing. */
record Metadata(
        Optional<String> title,
        Optional<String> publisher,
        Optional<String> url,
        Optional<PartialDate> published,
        Optional<String> language) {

    static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    Metadata {
        requireNonNull(title, "title");
        requireNonNull(publisher, "publisher");
        requireNonNull(url, "url");
        requireNonNull(published, "published");
        requireNonNull(language, "language");
    }
}
