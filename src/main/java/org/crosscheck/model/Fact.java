package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Claims about the same thing: one subject's one measure in one dimension ("the fine on the
 * Swedish police, an amount"). A claim the sentence does not tie to a subject and a measure is a
 * fact of its own until evidence links it to others.
 *
 * @param id stable: a hash of the key, or of the lone claim's id for a fact without a key
 * @param subject the entity the fact is about, if known
 * @param measure what is measured, if known
 * @param claims ids of its claims, in corpus order
 */
public record Fact(String id, String label, Optional<String> subject, Optional<String> measure, String dimension,
                   List<String> claims) {

    public Fact {
        requireNonNull(id, "id");
        requireNonNull(label, "label");
        requireNonNull(subject, "subject");
        requireNonNull(measure, "measure");
        requireNonNull(dimension, "dimension");
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a fact has at least one claim");
        }
    }

    /** A fact without its claims: what comparison and reports need to name it, however many claims it has. */
    public record Head(String id, String label, Optional<String> subject, Optional<String> measure, String dimension) {

        public Head {
            requireNonNull(id, "id");
            requireNonNull(label, "label");
            requireNonNull(subject, "subject");
            requireNonNull(measure, "measure");
            requireNonNull(dimension, "dimension");
        }
    }

    public Head head() {
        return new Head(id, label, subject, measure, dimension);
    }
}
