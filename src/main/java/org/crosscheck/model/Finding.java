package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Something about a fact's claims that deserves a fact-checker's look.
 *
 * @param id stable: a hash of the kind, the fact and the claims' ids
 * @param internal true when all its claims come from one source
 * @param fact the fact it is about (for an attribution, the fact of its first claim)
 * @param claims ids of the claims it links, sorted (one for a conversion stated inside one claim)
 * @param message one line
 * @param explanation the arithmetic in words
 * @param gap the relative gap between the central values compared, if figures were compared
 */
public record Finding(String id, FindingKind kind, boolean internal, Severity severity, String fact, List<String> claims,
                      String message, String explanation, Optional<BigDecimal> gap) {

    public Finding {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(severity, "severity");
        requireNonNull(fact, "fact");
        claims = List.copyOf(claims);
        requireNonNull(message, "message");
        requireNonNull(explanation, "explanation");
        requireNonNull(gap, "gap");
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a finding is about at least one claim");
        }
    }
}
