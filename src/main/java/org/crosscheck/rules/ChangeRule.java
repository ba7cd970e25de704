package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Words that make "from X to Y" a change rather than a range (qualifiers.yaml, kind {@code change}):
 * "the fine was cut from £17 million to £7.5 million", "la base est passée de 3 à 10 milliards
 * d'images". Y is the figure's value; X is an earlier value, kept as a claim without a measure.
 */
public record ChangeRule(String id, Map<String, List<String>> words, Examples examples) implements Rule {

    public ChangeRule {
        words = Map.copyOf(words);
    }
}
