package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

/** One sentence of a document: its position in the document's sequence of sentences, its span and its text. */
public record Passage(String sourceId, int ordinal, Span span, String text) {

    public Passage {
        requireNonNull(sourceId, "sourceId");
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must not be negative: " + ordinal);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("passage text length " + text.length() + " does not match its span " + span);
        }
    }
}
