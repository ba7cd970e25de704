package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A figure one source states: where, what it says, and about what.
 *
 * @param sourceId the source document
 * @param span where the figure's wording is ("plus de 3 milliards d'images")
 * @param text exactly the spanned text
 * @param sentence the passage that holds it
 * @param quantity the figure and its interval
 * @param normalized the figure on a common footing (money in the reference currency), once normalized
 * @param time the time it refers to, if known
 * @param subject entity id of whom or what it is about, if the sentence says
 * @param measure what it measures ("fine", "database-size"), if the sentence says
 * @param attribution who the sentence says stated it ("selon X"), if anyone
 * @param equivalents the same figure stated again in other units ("(20 millions d'euros)")
 * @param rules ids of the rules that produced it, for explanations and rule examples
 */
public record Claim(
        String sourceId,
        Span span,
        String text,
        String sentence,
        Quantity quantity,
        Optional<Normalized> normalized,
        Optional<TimeRef> time,
        Optional<String> subject,
        Optional<String> measure,
        ClaimStatus status,
        Optional<String> attribution,
        List<Quantity> equivalents,
        List<String> rules) {

    public Claim {
        requireNonNull(sourceId, "sourceId");
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(sentence, "sentence");
        requireNonNull(quantity, "quantity");
        requireNonNull(normalized, "normalized");
        requireNonNull(time, "time");
        requireNonNull(subject, "subject");
        requireNonNull(measure, "measure");
        requireNonNull(status, "status");
        requireNonNull(attribution, "attribution");
        equivalents = List.copyOf(equivalents);
        rules = List.copyOf(rules);
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("claim text length " + text.length() + " does not match its span " + span);
        }
    }

    /** This claim with its figure on a common footing. */
    public Claim withNormalized(Normalized value) {
        return new Claim(sourceId, span, text, sentence, quantity, Optional.of(value), time, subject, measure, status,
                attribution, equivalents, rules);
    }
}
