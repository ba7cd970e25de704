package org.crosscheck.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scale word (numbers.yaml, kind {@code scale}): "milliard" is 10^9; French "billion" is 10^12,
 * English "billion" 10^9.
 *
 * @param abbreviations short forms that count only right after a figure ("20m", "7.5 bn", "3 Md")
 */
public record ScaleRule(String id, String language, BigDecimal value, List<String> words, List<String> abbreviations,
                        Examples examples) implements Rule {

    public ScaleRule {
        words = List.copyOf(words);
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
    }
}
