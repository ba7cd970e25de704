package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/** Words that attribute a sentence's figures to someone (qualifiers.yaml, kind {@code attribution}): "selon", "according to". */
public record AttributionRule(String id, Map<String, List<String>> words, Examples examples) implements Rule {

    public AttributionRule {
        words = Map.copyOf(words);
    }
}
