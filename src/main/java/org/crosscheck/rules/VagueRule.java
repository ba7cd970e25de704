package org.crosscheck.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A quantity said without a figure (qualifiers.yaml, kind {@code vague}): "des milliers de", "several". */
public record VagueRule(String id, Map<String, List<String>> words, BigDecimal stated, BigDecimal low, BigDecimal high,
                        Examples examples) implements Rule {

    public VagueRule {
        words = Map.copyOf(words);
    }
}
