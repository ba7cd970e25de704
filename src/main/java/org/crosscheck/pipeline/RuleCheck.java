package org.crosscheck.pipeline;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of one rule example.
 *
 * @param kind "match" or "noMatch"
 * @param problem what went wrong when it failed, else empty
 */
public record RuleCheck(String ruleId, String kind, String text, boolean passed, String problem) {

    public RuleCheck {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        requireNonNull(problem, "problem");
    }
}
