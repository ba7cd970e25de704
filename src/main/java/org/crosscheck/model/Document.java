package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

/**
 * A decoded corpus document: its metadata, its text (for Markdown and text files the whole decoded
 * file content, front matter included) and where its body starts.
 */
public record Document(SourceDoc source, String text, int bodyStart, TextLocator locator) {

    public Document {
        requireNonNull(source, "source");
        requireNonNull(text, "text");
        requireNonNull(locator, "locator");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("body start " + bodyStart + " outside text of length " + text.length());
        }
    }

    /** The span of {@code text.substring(start, end)}, located in the file. */
    public Span span(int start, int end) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span end " + end + " beyond text of length " + text.length());
        }
        return locator.span(start, end);
    }
}
