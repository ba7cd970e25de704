package org.crosscheck.model;

/** A matched stretch inside a passage's text, as offsets relative to the passage. */
public record Highlight(int start, int end) {

    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid highlight " + start + ".." + end);
        }
    }
}
