package org.crosscheck.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Words before a figure that bound it (qualifiers.yaml, kind {@code bound}): "plus de", "about".
 *
 * @param qualifier "more-than", "at-least", "approx", "less-than", "at-most"
 * @param low how to get the interval's low end, one of {@link IntervalEnd}'s ids
 * @param high how to get the interval's high end
 * @param margin the relative width for {@code margin-below} and {@code margin-above} (0.1 is 10%)
 */
public record BoundRule(String id, String qualifier, Map<String, List<String>> words, String low, String high,
                        BigDecimal margin, Examples examples) implements Rule {

    public BoundRule {
        words = Map.copyOf(words);
        margin = margin == null ? BigDecimal.ZERO : margin;
    }
}
