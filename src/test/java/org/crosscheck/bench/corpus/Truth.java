package org.crosscheck.bench.corpus;

import java.util.SplittableRandom;

/**
 * A true value and the round figure next to it: news writes 3,224,000 as "3 224 000", "plus de 3,2
 * millions" or "environ 3,2 millions", so a value is drawn as a round figure of one to three
 * significant digits, equal to it or a fraction of a percent above or below it.
 *
 * @param value the true value
 * @param round the round figure a bound word states it by; equal to value when it is itself round
 */
record Truth(long value, long round) {

    /** How far a value may be from its round figure: well inside the engine's 2% tolerance between any two statements. */
    static final double NEARBY = 0.0085;

    /** A value drawn log-uniformly between {@code low} and {@code high}; {@code precise}: never a round figure itself. */
    static Truth between(double low, double high, boolean precise, SplittableRandom random) {
        return near(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))), precise, random);
    }

    /** A value about {@code target}; {@code precise}: never a round figure itself. */
    static Truth near(double target, boolean precise, SplittableRandom random) {
        if (target < 100) {
            long whole = Math.max(2, Math.round(target));
            return new Truth(whole, whole);
        }
        int draw = random.nextInt(10);
        int significant = draw < 2 ? 1 : draw < 7 ? 2 : 3;
        long round = roundTo(target, significant);
        int offset = precise ? 9 + random.nextInt(11) : random.nextInt(20);
        if (offset < 9) {
            return new Truth(round, round);
        }
        long step = 1;
        while (step * 10_000 <= round) {
            step *= 10;
        }
        long shift = Math.max(step, Math.round(round * (0.001 + random.nextDouble() * 0.007) / step) * step);
        long value = offset < 15 ? round + shift : round - shift;
        boolean close = Math.abs(value - round) <= NEARBY * Math.min(value, round);
        return close && value > 0 ? new Truth(value, round) : new Truth(round, round);
    }

    /** How many significant digits a whole number has: 3,240,000 has three. */
    static int significantDigits(long value) {
        long rest = value;
        while (rest >= 10 && rest % 10 == 0) {
            rest /= 10;
        }
        return Long.toString(rest).length();
    }

    /** {@code value} rounded to {@code significant} digits. */
    static long roundTo(double value, int significant) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - significant + 1);
        return Math.max(1, Math.round(Math.round(value / magnitude) * magnitude));
    }
}
