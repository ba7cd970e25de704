package org.crosscheck.rules;

import java.util.List;

/**
 * Words that place a date relative to the publication date (dates.yaml, kind {@code relative}).
 *
 * @param shift "previous" (after a month or day: "novembre dernier", the latest one before
 *     publication), "this-year" ("cette année"), "last-year" ("l'an dernier"), "next-year"
 */
public record RelativeDateRule(String id, String language, List<String> words, String shift, Examples examples) implements Rule {

    public RelativeDateRule {
        words = List.copyOf(words);
    }
}
