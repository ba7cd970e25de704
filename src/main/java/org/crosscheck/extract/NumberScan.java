package org.crosscheck.extract;

import static org.crosscheck.extract.NumberText.endOfBlank;
import static org.crosscheck.extract.NumberText.endOfJoin;
import static org.crosscheck.extract.NumberText.endOfWord;
import static org.crosscheck.extract.NumberText.isDigit;
import static org.crosscheck.extract.NumberText.isInlineSpace;
import static org.crosscheck.extract.NumberText.isLetter;
import static org.crosscheck.extract.NumberText.isLetterAt;
import static org.crosscheck.extract.NumberText.isMinus;
import static org.crosscheck.extract.NumberText.isWordCharAt;
import static org.crosscheck.extract.NumberText.isWordCharBefore;
import static org.crosscheck.extract.NumberText.opensNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One left-to-right pass over a text that collects its numbers; used once, by one thread. */
final class NumberScan {

    private static final int MAX_EXPONENT_DIGITS = 3;

    private final String text;
    private final NumberLexicon lexicon;
    private final NumberSeparators separators;
    private final NumberComposer composer;
    private final List<NumberMatch> found = new ArrayList<>();

    NumberScan(String text, NumberLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.separators = lexicon.separators();
        this.composer = new NumberComposer(lexicon);
    }

    List<NumberMatch> run() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i = isWordCharBefore(text, i) ? endOfWord(text, i) : figure(i, i, false);
            } else if (isMinus(c) && i + 1 < n && isDigit(text.charAt(i + 1)) && opensNumber(text, i)) {
                i = figure(i, i + 1, true);
            } else if (c == separators.decimal() && i + 1 < n && isDigit(text.charAt(i + 1)) && opensNumber(text, i)) {
                i = figure(i, i, false);
            } else if (isLetter(c)) {
                i = isWordCharBefore(text, i) ? endOfWord(text, i) : words(i);
            } else {
                i++;
            }
        }
        return List.copyOf(found);
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
        p = exponent(p, plain);
        BigDecimal value = new BigDecimal(plain.toString());
        if (isLetterAt(text, p)) {
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
        composer.startFigure(value);
        int end = scaleWords(p);
        found.add(new NumberMatch(start, end, end > p ? composer.value() : value, false, end > p && composer.scaled()));
        return afterHundredsWord(end);
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

    /** Scale words and a multiplier after a figure ("3,5 milliards", "2 douzaines"); returns the end, {@code from} when none. */
    private int scaleWords(int from) {
        int p = endOfBlank(text, from);
        int end = from;
        while (p > 0 && isLetterAt(text, p)) {
            NumberTrie.Hit hit = lexicon.trie().match(text, p);
            if (hit == null || !composer.accept(hit.word())) {
                break;
            }
            end = hit.end();
            if (composer.finished()) {
                break;
            }
            p = endOfBlank(text, end);
        }
        return end > from && hyphenatedAfter(end) ? from : end;
    }

    /** Reads the number spelled out in words from {@code start}, a word start; returns where the scan goes on. */
    private int words(int start) {
        composer.startWords();
        int p = start;
        int end = -1;
        while (true) {
            NumberTrie.Hit hit = lexicon.trie().match(text, p);
            if (hit == null || !composer.accept(hit.word())) {
                break;
            }
            if (hit.word().kind() != NumberWord.Kind.CONNECTOR) {
                end = hit.end();
            }
            if (composer.finished()) {
                break;
            }
            p = endOfJoin(text, hit.end());
            if (p < 0 || !isLetterAt(text, p)) {
                break;
            }
        }
        if (end < 0 || composer.onlyArticles()) {
            return endOfWord(text, start);
        }
        if (!hyphenatedBefore(start) && !hyphenatedAfter(end)) {
            found.add(new NumberMatch(start, end, composer.value(), true, composer.scaled()));
        }
        return end;
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
