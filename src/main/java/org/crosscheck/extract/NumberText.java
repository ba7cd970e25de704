package org.crosscheck.extract;

/** Character classes the number scanner works with, read straight from the raw text. */
final class NumberText {

    private NumberText() {
    }

    private static final String ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
    private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy";

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A letter or a mark that belongs to one, as a char (the scanner's words are in the Basic Multilingual Plane). */
    static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isLetterAt(String text, int i) {
        return i < text.length() && isWordCodePoint(text.codePointAt(i)) && !Character.isDigit(text.codePointAt(i));
    }

    /** A letter as number words are compared: lower case, without the accent of a Latin letter ("É" as "e"). */
    static char fold(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < ACCENTED.charAt(0)) {
            return lower;
        }
        int k = ACCENTED.indexOf(lower);
        return k < 0 ? lower : PLAIN.charAt(k);
    }

    /** The letters of {@code text[start, end)} folded, marks left out. */
    static String folded(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    /** True when a letter or digit (of any script) is at {@code i}: a word goes on there. */
    /**
     * A letter of a script written without spaces between words (Chinese, Japanese, Thai…): a figure
     * glued to it still ends there ("100元").
     */
    static boolean isUnspacedScriptAt(String text, int i) {
        if (i >= text.length() || !Character.isLetter(text.codePointAt(i))) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(i));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    static boolean isWordCharAt(String text, int i) {
        return i < text.length() && isWordCodePoint(text.codePointAt(i));
    }

    /** True when a letter or digit (of any script) ends just before {@code i}. */
    static boolean isWordCharBefore(String text, int i) {
        return i > 0 && isWordCodePoint(text.codePointBefore(i));
    }

    private static boolean isWordCodePoint(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    /** Spaces that may sit inside a number or between its words: space, tab, no-break and thin spaces. */
    static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\u2007';
    }

    static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    /** Whether a sign or a leading decimal separator may open a number at {@code i}: at a start, after a space or an opening mark. */
    static boolean opensNumber(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || isInlineSpace(before) || "([{«“‘\"'=:;".indexOf(before) >= 0;
    }

    /** The end of the run of letters and digits starting at {@code i}. */
    static int endOfWord(String text, int i) {
        int end = i;
        while (isWordCharAt(text, end)) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** The end of a blank between two words of a number (spaces, at most one line break), or -1 when there is none. */
    static int endOfBlank(String text, int i) {
        int j = i;
        int lineBreaks = 0;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (isInlineSpace(c)) {
                j++;
            } else if (c == '\n' || c == '\r') {
                lineBreaks++;
                j += c == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n' ? 2 : 1;
            } else {
                break;
            }
        }
        return j == i || lineBreaks > 1 ? -1 : j;
    }

    /** The end of what joins two number words: a blank, a hyphen, or a hyphen between blanks ("vingt-deux", "fifty - two"); -1 when none. */
    static int endOfJoin(String text, int i) {
        int j = endOfBlank(text, i);
        int afterBlank = j < 0 ? i : j;
        if (afterBlank < text.length() && text.charAt(afterBlank) == '-') {
            int k = endOfBlank(text, afterBlank + 1);
            return k < 0 ? afterBlank + 1 : k;
        }
        return j;
    }
}
