package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Words that make two figures one range (qualifiers.yaml, kind {@code range}): "entre 101 et 500",
 * "de 10 à 20", "between 2 and 3". A dash between two figures ("2-3 million") is a range in any language.
 *
 * @param opening words before the first figure ("entre", "between"), per language
 * @param joining words between the figures ("et", "and"), per language
 * @param openingOptional true when the joining word alone makes a range ("deux à trois milliards",
 *     "2 to 3 million"); false when the opening word is needed ("entre 2 et 3", not "2 et 3")
 */
public record RangeRule(String id, Map<String, List<String>> opening, Map<String, List<String>> joining,
                        boolean openingOptional, Examples examples) implements Rule {

    public RangeRule {
        opening = Map.copyOf(opening);
        joining = Map.copyOf(joining);
    }
}
