package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and single symbols in one pass. A word is a run of letters and digits
 * that may hold hyphens and apostrophes between letters ("États-Unis", "aujourd'hui"); a French
 * elision ("l'", "d’", "qu'") is a word of its own, and so is an English possessive ("'s").
 */
final class Tokenizer {

    private static final int MAX_ELISION_LETTERS = 7;

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                int end = i + Character.charCount(cp);
                if (isApostrophe(text.charAt(i)) && end < n && (text.charAt(end) == 's' || text.charAt(end) == 'S')
                        && (end + 1 >= n || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
                    end++;
                }
                add(tokens, text, i, end);
                i = end;
                continue;
            }
            int start = i;
            int j = i;
            boolean previousDigit = Character.isDigit(cp);
            while (j < n) {
                int c = text.codePointAt(j);
                boolean digit = c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
                if (j > start && previousDigit != digit
                        && (NumberText.isUnspacedScriptAt(text, j) || NumberText.isUnspacedScriptAt(text, start))) {
                    break;
                } else if (digit || Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    previousDigit = digit;
                    j += Character.charCount(c);
                } else if (isApostrophe((char) c) && j > start && isElision(text, start, j)
                        && (j + 1 >= n || !Character.isLetter(text.codePointAt(j + 1)))) {
                    j++;
                    break;
                } else if ((c == '-' || isApostrophe((char) c)) && j + 1 < n && Character.isLetter(text.codePointAt(j + 1))
                        && j > start && Character.isLetter(text.codePointBefore(j)) && !isPossessive(text, j)) {
                    if (isApostrophe((char) c) && isElision(text, start, j)) {
                        j++;
                        break;
                    }
                    j++;
                } else {
                    break;
                }
            }
            add(tokens, text, start, j);
            i = j;
        }
        return tokens;
    }

    /** "l'", "d'", "qu'", "jusqu'", "lorsqu'": letters before an apostrophe that French elides. */
    private static boolean isElision(String text, int start, int apostrophe) {
        int letters = apostrophe - start;
        if (letters == 1) {
            return true;
        }
        return letters <= MAX_ELISION_LETTERS && Fold.of(text.substring(start, apostrophe)).endsWith("qu");
    }

    /** "'s" ending a word: the English possessive. */
    private static boolean isPossessive(String text, int apostrophe) {
        return isApostrophe(text.charAt(apostrophe)) && apostrophe + 1 < text.length()
                && (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')
                && (apostrophe + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(apostrophe + 2)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        String surface = text.substring(start, end);
        tokens.add(new Token(start, end, surface, Fold.of(surface)));
    }
}
