package org.crosscheck.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A quantity said without a figure (qualifiers.yaml, kind {@code vague}): "des milliers de", "several". */
public record VagueRule(String id, Map<String, List<String>> words, BigDecimal stated, BigDecimal low, BigDecimal high,
                        Examples examples) implements Rule {

    public VagueRule {
        words = Map.copyOf(words);
        if (stated == null || low == null || high == null) {
            throw new IllegalArgumentException("a vague quantity needs stated, low and high");
        }
        if (low.compareTo(stated) > 0 || stated.compareTo(high) > 0) {
            throw new IllegalArgumentException("stated " + stated + " must lie within low " + low + " and high " + high);
        }
    }
}
