package org.crosscheck.extract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * What a word does in a number: adds a value, multiplies by a hundred, scales, multiplies, stands for one, joins;
 * names a denominator (an ordinal, a half); separates a fraction or a decimal; makes the number negative; or, for
 * FIGURE, is a figure written in digits that words follow ("3 millions et demi").
 *
 * @param value what the word adds (VALUE), its scale (SCALE) or factor (MULTIPLIER), 100 for HUNDRED, 1 for ARTICLE,
 *              2 for HALF, the figure's absolute value for FIGURE, 0 otherwise; an ordinal has its cardinal's value
 * @param article true when the word alone is an article, not a number ("un", "une", "a")
 * @param ordinal true when the word is the ordinal of a VALUE, HUNDRED or SCALE word ("cinquième", "hundredth")
 * @param plural true when the ordinal is in the plural ("cinquièmes", "fifths")
 */
record NumberWord(Kind kind, BigDecimal value, boolean article, boolean ordinal, boolean plural) {

    enum Kind { VALUE, HUNDRED, SCALE, MULTIPLIER, ARTICLE, CONNECTOR, HALF, OVER, POINT, NEGATIVE, FIGURE }

    NumberWord {
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a number word cannot be negative: " + value);
        }
        if (ordinal && kind != Kind.VALUE && kind != Kind.HUNDRED && kind != Kind.SCALE) {
            throw new IllegalArgumentException("only a value, hundred or scale word has an ordinal, not a " + kind);
        }
        if (plural && !ordinal) {
            throw new IllegalArgumentException("only an ordinal has a plural");
        }
    }

    /** A word that is no ordinal. */
    NumberWord(Kind kind, BigDecimal value, boolean article) {
        this(kind, value, article, false, false);
    }

    /** Whether the word can be part of a cardinal number ("vingt", "cent", "mille", "et", "un", "dozen"). */
    boolean cardinal() {
        return !ordinal && kind.compareTo(Kind.CONNECTOR) <= 0;
    }

    /** Whether the word multiplies what comes before it: a scale or multiplier that is no ordinal ("million", "dozen"). */
    boolean scales() {
        return !ordinal && (kind == Kind.SCALE || kind == Kind.MULTIPLIER);
    }

    /** The cardinal word an ordinal stands for ("cinquième" as "cinq"). */
    NumberWord asCardinal() {
        return new NumberWord(kind, value, false);
    }
}
