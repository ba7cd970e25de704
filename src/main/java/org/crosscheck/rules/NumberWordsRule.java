package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * A language's number words (numbers.yaml, kind {@code words}).
 *
 * @param values words and what they add ("vingt": 20, "quatre-vingt": 80, "twelve": 12)
 * @param hundreds words that multiply the group before them by 100 ("cent", "hundred")
 * @param articles words that mean one only before a scale or multiplier ("un million", "a dozen")
 * @param connectors words allowed between number words ("et", "and")
 */
public record NumberWordsRule(String id, String language, Map<String, Long> values, List<String> hundreds,
                              List<String> articles, List<String> connectors, Examples examples) implements Rule {

    public NumberWordsRule {
        values = Map.copyOf(values);
        hundreds = hundreds == null ? List.of() : List.copyOf(hundreds);
        articles = articles == null ? List.of() : List.copyOf(articles);
        connectors = connectors == null ? List.of() : List.copyOf(connectors);
    }
}
