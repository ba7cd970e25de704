package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A passage that matched a search, its BM25 score and the stretches of its text that matched. */
public record SearchHit(Passage passage, float score, List<Highlight> highlights) {

    public SearchHit {
        requireNonNull(passage, "passage");
        highlights = List.copyOf(highlights);
        for (Highlight h : highlights) {
            if (h.end() > passage.text().length()) {
                throw new IllegalArgumentException("highlight " + h + " beyond passage text");
            }
        }
    }
}
