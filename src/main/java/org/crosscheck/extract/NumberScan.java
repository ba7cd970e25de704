package org.crosscheck.extract;

import static org.crosscheck.extract.NumberText.endOfBlank;
import static org.crosscheck.extract.NumberText.endOfJoin;
import static org.crosscheck.extract.NumberText.endOfWord;
import static org.crosscheck.extract.NumberText.isDigit;
import static org.crosscheck.extract.NumberText.isInlineSpace;
import static org.crosscheck.extract.NumberText.isLetter;
import static org.crosscheck.extract.NumberText.isLetterAt;
import static org.crosscheck.extract.NumberText.isUnspacedScriptAt;
import static org.crosscheck.extract.NumberText.isMinus;
import static org.crosscheck.extract.NumberText.isWordCharAt;
import static org.crosscheck.extract.NumberText.isWordCharBefore;
import static org.crosscheck.extract.NumberText.opensNumber;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over a text that collects its numbers, exact but for fractions that do not terminate ("1/3",
 * "un sur trois") and powers ("1,1^23"), rounded to 16 significant digits ({@link MathContext#DECIMAL64}); used once,
 * by one thread.
 */
final class NumberScan {

    private static final int MAX_EXPONENT_DIGITS = 3;
    private static final int MAX_DENOMINATOR_DIGITS = 3;
    private static final int MAX_RUN = 32;

    private final String text;
    private final NumberLexicon lexicon;
    private final NumberSeparators separators;
    private final NumberPhrase phrase;
    private final List<NumberMatch> found = new ArrayList<>();

    NumberScan(String text, NumberLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.separators = lexicon.separators();
        this.phrase = new NumberPhrase(text, lexicon);
    }

    List<NumberMatch> run() {
        int i = 0;
        while (i < text.length()) {
            int size = found.size();
            int next = step(i);
            int fraction = found.size() == size + 1 ? over(size) : -1;
            i = fraction < 0 ? next : fraction;
        }
        return List.copyOf(found);
    }

    /** Reads what starts at {@code i}: a figure, a signed figure, number words, or nothing; returns where the scan goes on. */
    private int step(int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (isDigit(c)) {
            return isWordCharBefore(text, i) ? endOfWord(text, i) : figure(i, i, false);
        } else if (isMinus(c) && i + 1 < n && isDigit(text.charAt(i + 1)) && opensNumber(text, i)) {
            return figure(i, i + 1, true);
        } else if (c == separators.decimal() && i + 1 < n && isDigit(text.charAt(i + 1)) && opensNumber(text, i)) {
            return figure(i, i, false);
        } else if (isLetter(c)) {
            return isWordCharBefore(text, i) ? endOfWord(text, i) : words(i);
        }
        return i + 1;
    }

    /**
     * After the number at {@code index}, the last found, an over word and what starts there are read: a number ending
     * the clause makes the two one fraction ("un sur trois", "2000 over 3"), any other stays as it is ("2000 over 3
     * years"); returns where the scan goes on, or -1 when no over word and number follow.
     */
    private int over(int index) {
        NumberMatch numerator = found.get(index);
        int p = endOfBlank(text, numerator.end());
        NumberTrie.Hit hit = p > 0 && isLetterAt(text, p) ? lexicon.trie().match(text, p) : null;
        if (hit == null || hit.word().kind() != NumberWord.Kind.OVER) {
            return -1;
        }
        int q = endOfBlank(text, hit.end());
        if (!startsNumberAt(q)) {
            return -1;
        }
        int size = found.size();
        int next = step(q);
        NumberMatch denominator = found.size() == size + 1 ? found.get(size) : null;
        if (denominator != null && denominator.start() == q && denominator.value().signum() != 0 && endsClause(denominator.end())) {
            found.remove(size);
            found.set(index, new NumberMatch(numerator.start(), denominator.end(),
                    numerator.value().divide(denominator.value(), MathContext.DECIMAL64),
                    numerator.fromWords() || denominator.fromWords(), numerator.scaled() || denominator.scaled()));
        }
        return next;
    }

    /** Whether a digit or a letter, which may start a number, is at {@code q} (-1 when no blank led there). */
    private boolean startsNumberAt(int q) {
        return q >= 0 && q < text.length() && (isDigit(text.charAt(q)) || isLetterAt(text, q));
    }

    /** Whether no word follows {@code end} on its line: the end of a clause. */
    private boolean endsClause(int end) {
        int p = end;
        while (p < text.length() && isInlineSpace(text.charAt(p))) {
            p++;
        }
        return !isWordCharAt(text, p);
    }

    /**
     * Reads the figure whose digits (or leading decimal mark) start at {@code digits}, its sign at {@code start},
     * with the scale abbreviation or words after it; returns where the scan goes on.
     */
    private int figure(int start, int digits, boolean negative) {
        StringBuilder plain = new StringBuilder(24);
        if (negative) {
            plain.append('-');
        }
        int p = digits;
        if (isDigit(text.charAt(p))) {
            int run = endOfDigits(p);
            plain.append(text, p, run);
            p = run - digits <= 3 ? groups(run, plain) : run;
            int fraction = p == run ? digitFraction(start, digits, run, negative) : -1;
            if (fraction >= 0) {
                return fraction;
            }
        } else {
            plain.append('0');
        }
        if (p + 1 < text.length() && text.charAt(p) == separators.decimal() && isDigit(text.charAt(p + 1))) {
            int run = endOfDigits(p + 1);
            plain.append('.').append(text, p + 1, run);
            p = run;
        }
        if (continuesWithDigits(p)) {
            return sequence(start, isDigit(text.charAt(digits)) ? digits : digits + 1, negative);
        }
        int exponentEnd = exponent(p, plain);
        BigDecimal value = new BigDecimal(plain.toString());
        int power = exponentEnd == p ? power(start, p, value) : -1;
        if (power >= 0) {
            return power;
        }
        p = exponentEnd;
        if (isLetterAt(text, p) && !isUnspacedScriptAt(text, p)) {
            int letters = endOfLetters(p);
            BigDecimal scale = isWordCharAt(text, letters) ? null : lexicon.abbreviation(text, p, letters);
            if (scale == null) {
                return endOfWord(text, p);
            }
            found.add(new NumberMatch(start, letters, value.multiply(scale), false, true));
            return letters;
        }
        if (p + 1 < text.length() && isInlineSpace(text.charAt(p)) && isLetterAt(text, p + 1)) {
            int letters = endOfLetters(p + 1);
            boolean currencyFollows = letters < text.length() && Character.getType(text.charAt(letters)) == Character.CURRENCY_SYMBOL;
            boolean allowed = (letters - (p + 1) >= 2 || currencyFollows) && !isWordCharAt(text, letters);
            BigDecimal scale = allowed ? lexicon.abbreviation(text, p + 1, letters) : null;
            if (scale != null) {
                found.add(new NumberMatch(start, letters, value.multiply(scale), false, true));
                return letters;
            }
        }
        NumberMatch carried = wordsAfterFigure(start, p, value);
        NumberMatch match = carried != null ? carried : new NumberMatch(start, p, value, false, false);
        found.add(match);
        return afterHundredsWord(match.end());
    }

    /**
     * The figure {@code text[start, end)} carried on by the words after it: scales, a multiplier, a half ("3,5 milliards",
     * "2 douzaines", "3 millions et demi"); null when no word carries it on.
     */
    private NumberMatch wordsAfterFigure(int start, int end, BigDecimal value) {
        int p = endOfBlank(text, end);
        NumberTrie.Hit hit = p > 0 && isLetterAt(text, p) ? lexicon.trie().match(text, p) : null;
        if (hit == null) {
            return null;
        }
        NumberWord figure = new NumberWord(NumberWord.Kind.FIGURE, value.abs(), false);
        List<NumberPhrase.Piece> run = collect(p, hit, new NumberPhrase.Piece(figure, start, end, false));
        NumberPhrase.Reading reading = run.size() > 1 ? phrase.read(run) : null;
        if (reading == null || reading.count() < 2) {
            return null;
        }
        int wordsEnd = run.get(reading.count() - 1).end();
        BigDecimal stated = value.signum() < 0 ? reading.value().negate() : reading.value();
        return hyphenatedAfter(wordsEnd) ? null : new NumberMatch(start, wordsEnd, stated, false, reading.scaled());
    }

    /**
     * Adds the fraction in digits whose integer digits are {@code text[digits, run)}, "3/4" or a mixed number "2 1/4",
     * when it is proper ("24/7", "12/08" are not), its denominator has at most three digits and it is no part of a date
     * ("1/3/2020"); returns its end, or -1.
     */
    private int digitFraction(int start, int digits, int run, boolean negative) {
        BigDecimal whole = null;
        int numerator = digits;
        int slash = run;
        if (slash < text.length() && text.charAt(slash) != '/') {
            int q = slash;
            while (q < text.length() && isInlineSpace(text.charAt(q))) {
                q++;
            }
            if (q == slash || q >= text.length() || !isDigit(text.charAt(q))) {
                return -1;
            }
            whole = new BigDecimal(text.substring(digits, run));
            numerator = q;
            slash = endOfDigits(q);
        }
        if (slash >= text.length() || text.charAt(slash) != '/' || numerator > 0 && text.charAt(numerator - 1) == '/') {
            return -1;
        }
        int end = endOfDigits(slash + 1);
        if (end == slash + 1 || end - slash - 1 > MAX_DENOMINATOR_DIGITS || isWordCharAt(text, end)
                || end < text.length() && text.charAt(end) == '/' || continuesWithDigits(end)) {
            return -1;
        }
        BigDecimal top = new BigDecimal(text.substring(numerator, slash));
        BigDecimal bottom = new BigDecimal(text.substring(slash + 1, end));
        if (bottom.signum() == 0 || top.compareTo(bottom) >= 0) {
            return -1;
        }
        BigDecimal value = (whole == null ? top : whole.multiply(bottom).add(top)).divide(bottom, MathContext.DECIMAL64);
        found.add(new NumberMatch(start, end, negative ? value.negate() : value, false, false));
        return end;
    }

    /**
     * Adds the power written "1,1^23", "2.5^-1" right after the figure {@code base}, whose exponent has up to three
     * digits after signs ("^--23" is "^23") and whose sign applies to the power ("-2.5^-1" is -0.4); returns its end, or -1.
     */
    private int power(int start, int caret, BigDecimal base) {
        if (caret >= text.length() || text.charAt(caret) != '^') {
            return -1;
        }
        int k = caret + 1;
        boolean negativeExponent = false;
        while (k < text.length() && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
            negativeExponent ^= text.charAt(k) == '-';
            k++;
        }
        int run = endOfDigits(k);
        if (run == k || run - k > MAX_EXPONENT_DIGITS || isWordCharAt(text, run) || negativeExponent && base.signum() == 0) {
            return -1;
        }
        BigDecimal power = base.abs().pow(Integer.parseInt(text.substring(k, run)));
        BigDecimal value = negativeExponent ? BigDecimal.ONE.divide(power, MathContext.DECIMAL64) : power.round(MathContext.DECIMAL64);
        found.add(new NumberMatch(start, run, base.signum() < 0 ? value.negate() : value, false, false));
        return run;
    }

    /** Skips a hundreds word right after a figure: it does not multiply it and is no number of its own ("50 cents"). */
    private int afterHundredsWord(int end) {
        int p = endOfBlank(text, end);
        if (p < 0 || !isLetterAt(text, p)) {
            return end;
        }
        NumberTrie.Hit hit = lexicon.trie().match(text, p);
        return hit != null && hit.word().kind() == NumberWord.Kind.HUNDRED ? hit.end() : end;
    }

    /** Takes the thousands groups after the first digits: a group mark, exactly three digits, the same mark each time. */
    private int groups(int from, StringBuilder plain) {
        int p = from;
        char mark = 0;
        while (p + 3 < text.length()) {
            char c = text.charAt(p);
            boolean fits = separators.isGroup(c) && (mark == 0 || NumberSeparators.sameKind(mark, c))
                    && isDigit(text.charAt(p + 1)) && isDigit(text.charAt(p + 2)) && isDigit(text.charAt(p + 3))
                    && (p + 4 == text.length() || !isDigit(text.charAt(p + 4)));
            if (!fits) {
                break;
            }
            plain.append(text, p + 1, p + 4);
            mark = c;
            p += 4;
        }
        return p;
    }

    /** Whether a point or comma and a digit follow: the figure is one of a dotted sequence ("192.168.1.2", "22,24,26"). */
    private boolean continuesWithDigits(int p) {
        return p + 1 < text.length() && (text.charAt(p) == '.' || text.charAt(p) == ',') && isDigit(text.charAt(p + 1));
    }

    /** Each run of digits of a dotted sequence is a number of its own. */
    private int sequence(int start, int digits, boolean negative) {
        int p = digits;
        boolean first = true;
        while (true) {
            int run = endOfDigits(p);
            if (isLetterAt(text, run)) {
                return endOfWord(text, run);
            }
            boolean signed = first && negative;
            BigDecimal value = new BigDecimal(text.substring(p, run));
            found.add(new NumberMatch(signed ? start : p, run, signed ? value.negate() : value, false, false));
            if (!continuesWithDigits(run)) {
                return run;
            }
            first = false;
            p = run + 1;
        }
    }

    /** Takes a power of ten written "e6", "E+14", "e-1" right after the figure, not followed by a letter or digit. */
    private int exponent(int p, StringBuilder plain) {
        if (p >= text.length() || (text.charAt(p) != 'e' && text.charAt(p) != 'E')) {
            return p;
        }
        int k = p + 1;
        boolean signed = k < text.length() && (text.charAt(k) == '+' || text.charAt(k) == '-');
        int digits = signed ? k + 1 : k;
        int run = endOfDigits(digits);
        if (run == digits || run - digits > MAX_EXPONENT_DIGITS || isWordCharAt(text, run)) {
            return p;
        }
        plain.append('E').append(text, k, run);
        return run;
    }

    /** Reads the number spelled out in words from {@code start}, a word start; returns where the scan goes on. */
    private int words(int start) {
        NumberTrie.Hit first = lexicon.trie().match(text, start);
        if (first == null) {
            return endOfWord(text, start);
        }
        if (first.word().kind() == NumberWord.Kind.NEGATIVE) {
            return negative(start, first.end());
        }
        List<NumberPhrase.Piece> run = collect(start, first, null);
        NumberPhrase.Reading reading = run.isEmpty() ? null : phrase.read(run);
        if (reading == null) {
            return !run.isEmpty() && run.get(0).word().article() ? articleOver(start, run.get(0).end()) : endOfWord(text, start);
        }
        int end = run.get(reading.count() - 1).end();
        if (!hyphenatedBefore(start) && !hyphenatedAfter(end) && !(reading.fraction() && afterConnector(start))) {
            found.add(new NumberMatch(start, end, reading.value(), true, reading.scaled()));
        }
        return end;
    }

    /**
     * The run of number words from {@code from}, where {@code hit} was found, after {@code figure} when there is one:
     * words joined by blanks or hyphens, up to an over or sign word, a word that is none, or an ordinal, which ends it
     * but for a scale word after it ("a quarter million").
     */
    private List<NumberPhrase.Piece> collect(int from, NumberTrie.Hit hit, NumberPhrase.Piece figure) {
        List<NumberPhrase.Piece> run = new ArrayList<>(4);
        if (figure != null) {
            run.add(figure);
        }
        int p = from;
        int previousEnd = figure == null ? from : figure.end();
        NumberTrie.Hit current = hit;
        boolean afterOrdinal = false;
        while (current != null && run.size() < MAX_RUN) {
            NumberWord.Kind kind = current.word().kind();
            if (kind == NumberWord.Kind.OVER || kind == NumberWord.Kind.NEGATIVE || afterOrdinal && !current.word().scales()) {
                break;
            }
            run.add(new NumberPhrase.Piece(current.word(), p, current.end(), hasHyphen(previousEnd, p)));
            if (afterOrdinal) {
                break;
            }
            afterOrdinal = current.word().ordinal();
            previousEnd = current.end();
            p = endOfJoin(text, previousEnd);
            current = p > 0 && isLetterAt(text, p) ? lexicon.trie().match(text, p) : null;
        }
        return run;
    }

    private boolean hasHyphen(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /** "un sur trois": an article alone is the numerator one of a fraction with an over word; returns where the scan goes on. */
    private int articleOver(int start, int end) {
        int index = found.size();
        found.add(new NumberMatch(start, end, BigDecimal.ONE, true, false));
        int next = over(index);
        if (found.get(index).end() == end) {
            found.remove(index);
        }
        return next < 0 ? endOfWord(text, start) : next;
    }

    /**
     * Makes the number right after the sign word at {@code start} negative ("minus 5", "moins cinq"), unless a word
     * before the sign says otherwise ("au moins 500", "plus or minus 3") or it hyphenates ("non-negative"); "moins de
     * 500" has no number right after it; returns where the scan goes on.
     */
    private int negative(int start, int signEnd) {
        int q = endOfBlank(text, signEnd);
        if (!startsNumberAt(q) || hyphenatedBefore(start) || hyphenatedAfter(signEnd)) {
            return signEnd;
        }
        int before = endOfSpaceBefore(start);
        int wordStart = startOfLettersBefore(before);
        if (wordStart < before && lexicon.blocksNegative(text, wordStart, before)) {
            return signEnd;
        }
        int size = found.size();
        int next = step(q);
        if (found.size() == size + 1 && found.get(size).start() == q) {
            NumberMatch number = found.get(size);
            found.set(size, new NumberMatch(start, number.end(), number.value().negate(), number.fromWords(), number.scaled()));
        }
        return next;
    }

    /** Whether the word before {@code start} is a connector: a fraction there ends a phrase that is no number ("trois heures et demie"). */
    private boolean afterConnector(int start) {
        int before = endOfSpaceBefore(start);
        int wordStart = startOfLettersBefore(before);
        NumberTrie.Hit hit = wordStart < before ? lexicon.trie().match(text, wordStart) : null;
        return hit != null && hit.end() == before && hit.word().kind() == NumberWord.Kind.CONNECTOR;
    }

    private int endOfSpaceBefore(int start) {
        int p = start;
        while (p > 0 && isInlineSpace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    private int startOfLettersBefore(int end) {
        int p = end;
        while (p > 0 && isLetter(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** Whether the words before {@code start} hyphenate into a word that is not a number word ("Saint-Cent"). */
    private boolean hyphenatedBefore(int start) {
        int p = start;
        while (p >= 2 && text.charAt(p - 1) == '-' && isLetter(text.charAt(p - 2))) {
            int wordStart = p - 2;
            while (wordStart > 0 && isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (!lexicon.trie().isWord(text, wordStart, p - 1)) {
                return true;
            }
            p = wordStart;
        }
        return false;
    }

    /** Whether the words after {@code end} hyphenate into a word that is not a number word ("dix-huitième", "two-year"). */
    private boolean hyphenatedAfter(int end) {
        int p = end;
        while (p + 1 < text.length() && text.charAt(p) == '-' && isLetter(text.charAt(p + 1))) {
            int wordEnd = endOfLetters(p + 1);
            if (isWordCharAt(text, wordEnd) || !lexicon.trie().isWord(text, p + 1, wordEnd)) {
                return true;
            }
            p = wordEnd;
        }
        return false;
    }

    private int endOfDigits(int from) {
        int p = from;
        while (p < text.length() && isDigit(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private int endOfLetters(int from) {
        int p = from;
        while (p < text.length() && isLetter(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
