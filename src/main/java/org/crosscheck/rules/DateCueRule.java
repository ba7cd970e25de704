package org.crosscheck.rules;

import java.util.List;

/**
 * Words before a month named alone that make it a date (dates.yaml, kind {@code cue}): "en mars",
 * "in July", "depuis janvier". Without a cue, a day, a year or a relative word, a month name is
 * not read as a date ("la mission vers Mars", "Theresa May").
 */
public record DateCueRule(String id, String language, List<String> words, Examples examples) implements Rule {

    public DateCueRule {
        words = List.copyOf(words);
    }
}
