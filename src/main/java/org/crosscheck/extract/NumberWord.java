package org.crosscheck.extract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * What a number word does in a compound: adds a value, multiplies by a hundred, scales, multiplies,
 * stands for one, or joins.
 *
 * @param value what the word adds (VALUE), its scale (SCALE) or factor (MULTIPLIER); 100 for HUNDRED, 1 for ARTICLE, 0 for CONNECTOR
 * @param article true when the word alone is an article, not a number ("un", "une", "a")
 */
record NumberWord(Kind kind, BigDecimal value, boolean article) {

    enum Kind { VALUE, HUNDRED, SCALE, MULTIPLIER, ARTICLE, CONNECTOR }

    NumberWord {
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a number word cannot be negative: " + value);
        }
    }
}
