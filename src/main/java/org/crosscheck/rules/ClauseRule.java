package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Words that open a new clause after a comma (qualifiers.yaml, kind {@code clause}): a question
 * mark governs only the sentence's last clause, so in "the firm paid $5,000, but was it enough?"
 * the figure is still a claim.
 */
public record ClauseRule(String id, Map<String, List<String>> openers, Examples examples) implements Rule {

    public ClauseRule {
        openers = Map.copyOf(openers);
    }
}
