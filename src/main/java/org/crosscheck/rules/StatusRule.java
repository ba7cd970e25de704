package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/** Words that mark a figure's status (qualifiers.yaml, kind {@code status}): "envisage", "proposed", "a infligé". */
public record StatusRule(String id, String status, Map<String, List<String>> words, Examples examples) implements Rule {

    public StatusRule {
        words = Map.copyOf(words);
    }
}
