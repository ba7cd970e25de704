package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Words that may stand between a figure and its unit (units.yaml, kind {@code link}): "3 milliards
 * d'images", "24 autres pays", "two dozen other countries". At most two of them, in any order.
 */
public record LinkRule(String id, Map<String, List<String>> words, Examples examples) implements Rule {

    public LinkRule {
        words = Map.copyOf(words);
    }
}
