package org.crosscheck.rules;

import java.math.BigDecimal;
import java.util.List;

/** A counting noun that multiplies (numbers.yaml, kind {@code multiplier}): "deux douzaines" is 24. */
public record MultiplierRule(String id, String language, BigDecimal value, List<String> words, Examples examples) implements Rule {

    public MultiplierRule {
        words = List.copyOf(words);
    }
}
