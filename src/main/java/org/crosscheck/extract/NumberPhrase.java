package org.crosscheck.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Reads a run of number words, or a figure and the words after it, as the number it opens: a cardinal ("deux cent
 * cinquante mille", "3 millions"), a fraction ("trois quarts", "one hundred and three quarters", "un million et demi",
 * "half a dozen"), rounded to 16 significant digits ({@link MathContext#DECIMAL64}) when it does not terminate, or a
 * decimal ("deux cent virgule trois"); reused within one scan, not thread-safe.
 */
final class NumberPhrase {

    /** One word of a run, or the figure that opens it: what it is, where, and whether a hyphen joins it to the one before. */
    record Piece(NumberWord word, int start, int end, boolean hyphenBefore) {
    }

    /**
     * A number read from the first {@code count} pieces of a run.
     *
     * @param fraction true when it holds a fraction ("trois quarts", "deux et demi")
     */
    record Reading(int count, BigDecimal value, boolean scaled, boolean fraction) {
    }

    /** A stretch of pieces composed as a cardinal: its value, and what it was made of. */
    private record Part(BigDecimal value, boolean onlyArticles, boolean scaled, BigDecimal lastScale, BigDecimal unit) {
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final Part ONE = new Part(BigDecimal.ONE, true, false, null, BigDecimal.ONE);

    private final String text;
    private final NumberLexicon lexicon;
    private final NumberComposer composer;
    private List<Piece> pieces = List.of();

    NumberPhrase(String text, NumberLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.composer = new NumberComposer(lexicon);
    }

    /**
     * The number {@code run} opens, or null: none, or the words before an ordinal are part of it ("vingt et unième",
     * "the two millionth"), which makes them no number.
     */
    Reading read(List<Piece> run) {
        this.pieces = run;
        Reading cardinal = cardinal();
        int last = firstDenominatorWord();
        if (last >= 0) {
            Reading fraction = fraction(last);
            if (fraction != null) {
                return fraction;
            }
            if (cardinal != null && !isFigure(0) && word(last).ordinal() && denominator(0, last) != null) {
                return null;
            }
        }
        if (cardinal != null && cardinal.count() < pieces.size() && kind(cardinal.count()) == NumberWord.Kind.POINT
                && !isFigure(0) && !cardinal.scaled()) {
            Reading decimal = decimal(cardinal);
            if (decimal != null) {
                return decimal;
            }
        }
        return cardinal;
    }

    /** The longest cardinal the run starts with ("deux cent mille"); articles alone are none ("un"). */
    private Reading cardinal() {
        int first = start(0);
        Reading best = isFigure(0) ? new Reading(1, word(0).value(), false, false) : null;
        for (int i = first; i < pieces.size() && composer.accept(word(i)); i++) {
            if (composer.complete() && !composer.onlyArticles()) {
                best = new Reading(i + 1, composer.value(), composer.scaled(), false);
            }
        }
        return best;
    }

    /** Where the first half word or ordinal of the run is, or -1. */
    private int firstDenominatorWord() {
        for (int i = 0; i < pieces.size(); i++) {
            if (word(i).ordinal() || kind(i) == NumberWord.Kind.HALF) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The fraction whose denominator ends with the ordinal or half at {@code o}: the denominator is the longest
     * compound that ends there and leaves a numerator before it ("one | hundred fifth", "vingt-trois | cinquièmes").
     */
    private Reading fraction(int o) {
        boolean half = kind(o) == NumberWord.Kind.HALF;
        for (int d = 0; d <= o; d++) {
            if (d > 0 && pieces.get(d).hyphenBefore() && !lexicon.pluralAgreement()) {
                continue;
            }
            BigDecimal denominator;
            if (d == o) {
                denominator = half ? TWO : alone(word(o));
            } else {
                denominator = half || kind(d) != NumberWord.Kind.VALUE || word(d).ordinal() || splitsTens(d) ? null : denominator(d, o);
            }
            Reading reading = denominator == null ? null : over(d, o, denominator, half);
            if (reading != null) {
                return reading;
            }
        }
        return null;
    }

    /**
     * An ordinal standing alone as a denominator: its cardinal's value; none for one and two, which name a fraction
     * only at the end of a compound ("twenty-first"): "a first", "un deuxième" are no fractions, halves have words.
     */
    private static BigDecimal alone(NumberWord ordinal) {
        return ordinal.kind() == NumberWord.Kind.VALUE && ordinal.value().compareTo(TWO) <= 0 ? null : ordinal.value();
    }

    /** Whether a numerator ending before {@code d} would split a tens word from its unit ("ninety | five hundred fifths"). */
    private boolean splitsTens(int d) {
        if (d == 0 || kind(d - 1) != NumberWord.Kind.VALUE || word(d - 1).ordinal()) {
            return false;
        }
        long tens = word(d - 1).value().longValueExact();
        long unit = word(d).value().longValueExact();
        return unit > 0 && unit < lexicon.tensLimit(tens) - tens;
    }

    /** Pieces {@code from..o} as one cardinal whose last word is the ordinal at {@code o} ("vingt" "cinquième": 25), or null. */
    private BigDecimal denominator(int from, int o) {
        composer.startWords();
        for (int i = from; i < o; i++) {
            if (!composer.accept(word(i))) {
                return null;
            }
        }
        return composer.acceptOrdinal(word(o)) && composer.complete() ? composer.value() : null;
    }

    /**
     * The fraction of the pieces before {@code d} over {@code denominator}: a mixed number when a connector precedes a
     * numerator smaller than the denominator ("cent et trois quarts", "deux et demi"), else the numerator over it
     * ("cent trente cinquièmes"); a half needs no numerator ("half", "deux et demi").
     */
    private Reading over(int d, int o, BigDecimal denominator, boolean half) {
        int tail = scaleAfter(o);
        int connector = lastConnector(d);
        if (connector > 0) {
            Part whole = part(0, connector, true);
            Part numerator = d == connector + 1 ? (half ? ONE : null) : part(connector + 1, d, false);
            if (whole != null && numerator != null && numerator.value().compareTo(denominator) < 0 && agrees(numerator, o, half)
                    && fits(numerator, o, half, tail)) {
                return mixed(whole, numerator, denominator, o, tail);
            }
        }
        Part numerator = d == 0 ? (half ? ONE : null) : part(0, d, false);
        if (numerator == null || !agrees(numerator, o, half) || !fits(numerator, o, half, tail)) {
            return null;
        }
        return tail < 0
                ? new Reading(o + 1, divide(numerator.value(), denominator), numerator.scaled(), true)
                : new Reading(tail + 1, divide(numerator.value().multiply(word(tail).value()), denominator), true, true);
    }

    /**
     * A whole and a fraction, computed as one quotient to be rounded once at most: "deux et demi" is 2.5, "un million
     * et demi" 1.5 million (a fraction of the whole's last scale), "two and a half million" 2.5 million, "un milliard
     * et demi million" 1,000,500,000.
     */
    private Reading mixed(Part whole, Part numerator, BigDecimal denominator, int o, int tail) {
        BigDecimal wholeOver = whole.value().multiply(denominator);
        if (tail >= 0) {
            BigDecimal scale = word(tail).value();
            if (whole.lastScale() == null) {
                return new Reading(tail + 1, divide(wholeOver.add(numerator.value()).multiply(scale), denominator), true, true);
            }
            if (whole.lastScale().compareTo(scale) > 0) {
                return new Reading(tail + 1, divide(wholeOver.add(numerator.value().multiply(scale)), denominator), true, true);
            }
        }
        return new Reading(o + 1, divide(wholeOver.add(numerator.value().multiply(whole.unit())), denominator), whole.scaled(), true);
    }

    /** Where a scale or multiplier that multiplies the fraction ending at {@code o} is ("demi-million", "half a dozen"), or -1. */
    private int scaleAfter(int o) {
        int k = o + 1;
        if (k + 1 < pieces.size() && kind(k) == NumberWord.Kind.ARTICLE) {
            k++;
        }
        return k < pieces.size() && word(k).scales() ? k : -1;
    }

    /** The last connector before {@code d} that has words before it, or -1. */
    private int lastConnector(int d) {
        for (int i = d - 1; i > 0; i--) {
            if (kind(i) == NumberWord.Kind.CONNECTOR) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the numerator agrees with the ordinal at {@code o}: above one, it takes a plural where the language says so. */
    private boolean agrees(Part numerator, int o, boolean half) {
        return half || word(o).plural() || !lexicon.pluralAgreement() || numerator.value().compareTo(BigDecimal.ONE) <= 0;
    }

    /**
     * Whether a fraction whose ordinal is singular or whose numerator is an article stands as one, at the end of the
     * clause or before a partitive ("un quart de", "trois cinquième"), where before another word the ordinal is an
     * adjective ("une troisième dose", "le deux centième anniversaire", "a third party").
     */
    private boolean fits(Part numerator, int o, boolean half, int tail) {
        if (half || tail >= 0 || word(o).plural() && !numerator.onlyArticles()) {
            return true;
        }
        int p = pieces.get(o).end();
        while (p < text.length() && NumberText.isInlineSpace(text.charAt(p))) {
            p++;
        }
        int end = p;
        while (end < text.length() && NumberText.isLetter(text.charAt(end))) {
            end++;
        }
        return end == p || lexicon.isPartitive(text, p, end);
    }

    /** Pieces {@code from..to} as one complete cardinal; articles alone are one ("un", "a"); a figure only when allowed. */
    private Part part(int from, int to, boolean figureAllowed) {
        if (from >= to || isFigure(from) && !figureAllowed) {
            return null;
        }
        int first = start(from);
        for (int i = first; i < to; i++) {
            if (!composer.accept(word(i))) {
                return null;
            }
        }
        if (!composer.complete()) {
            return null;
        }
        BigDecimal unit = word(to - 1).scales() ? word(to - 1).value() : BigDecimal.ONE;
        return new Part(composer.value(), composer.onlyArticles(), composer.scaled(), composer.lastScale(), unit);
    }

    /** The digits spelled after a decimal word, group by group ("zero three" is .03, "cinquante deux" .52), and a scale after them. */
    private Reading decimal(Reading whole) {
        StringBuilder digits = new StringBuilder();
        int i = whole.count() + 1;
        while (i < pieces.size()) {
            composer.startWords();
            int j = i;
            while (j < pieces.size() && kind(j) == NumberWord.Kind.VALUE && composer.accept(word(j))) {
                j++;
            }
            if (j == i) {
                break;
            }
            digits.append(composer.value().toPlainString());
            i = j;
        }
        if (digits.isEmpty()) {
            return null;
        }
        BigDecimal value = new BigDecimal(whole.value().toPlainString() + "." + digits);
        return i < pieces.size() && word(i).scales()
                ? new Reading(i + 1, value.multiply(word(i).value()), true, false)
                : new Reading(i, value, false, false);
    }

    /** Starts the composer on piece {@code from}, a figure or a word; returns the first piece left to feed it. */
    private int start(int from) {
        if (isFigure(from)) {
            composer.startFigure(word(from).value());
            return from + 1;
        }
        composer.startWords();
        return from;
    }

    /** The quotient, exact when it has at most 16 significant digits, else rounded to them. */
    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    private boolean isFigure(int i) {
        return kind(i) == NumberWord.Kind.FIGURE;
    }

    private NumberWord.Kind kind(int i) {
        return word(i).kind();
    }

    private NumberWord word(int i) {
        return pieces.get(i).word();
    }
}
