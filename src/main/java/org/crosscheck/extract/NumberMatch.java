package org.crosscheck.extract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A number found in a text: {@code text.substring(start, end)} is its exact wording ("3,5 milliards",
 * "deux cent cinquante mille", "7.5bn") and {@code value} what it states, exactly as written; a fraction that does
 * not terminate ("un sur trois") or a power ("1,1^23") is rounded to 16 significant digits ({@code MathContext.DECIMAL64}).
 *
 * @param fromWords true when the number is spelled out in words ("vingt et un", "a dozen", "trois quarts")
 * @param scaled true when a scale word or abbreviation multiplied it ("3,5 milliards", "20m", "un million")
 */
public record NumberMatch(int start, int end, BigDecimal value, boolean fromWords, boolean scaled) {

    public NumberMatch {
        requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid number span " + start + ".." + end);
        }
    }
}
