package org.crosscheck.model;

/**
 * A stretch of a document's text: {@code text.substring(start, end)} is exactly the spanned text,
 * and {@code line}/{@code column} (1-based, UTF-16 code units) say where it starts in the file.
 */
public record Span(int start, int end, int line, int column) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    public int length() {
        return end - start;
    }
}
