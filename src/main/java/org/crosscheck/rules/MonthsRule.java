package org.crosscheck.rules;

import java.util.List;

/** A language's month names, January first, each with its variants (dates.yaml, kind {@code months}). */
public record MonthsRule(String id, String language, List<List<String>> months, Examples examples) implements Rule {

    public MonthsRule {
        months = months.stream().map(List::copyOf).toList();
        if (months.size() != 12) {
            throw new IllegalArgumentException("months needs 12 entries, got " + months.size());
        }
    }
}
