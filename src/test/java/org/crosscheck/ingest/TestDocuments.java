package org.crosscheck.ingest;

import java.util.Optional;
import org.crosscheck.model.Document;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.SourceFormat;
import org.crosscheck.model.TextLocator;

/** Builds in-memory documents for tests. */
final class TestDocuments {

    private TestDocuments() {
    }

    static Document plain(String text, String language) {
        SourceDoc source = new SourceDoc("test.txt", "test", Optional.empty(), Optional.empty(), Optional.empty(),
                language, false, SourceFormat.TEXT, "0");
        return new Document(source, text, 0, TextLocator.identity(text));
    }
}
