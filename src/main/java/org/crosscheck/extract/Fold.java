package org.crosscheck.extract;

import java.text.Normalizer;
import java.util.Locale;

/** The form words are compared in: lower case, without accents, with one kind of apostrophe. */
final class Fold {

    /** Latin letters up to U+017F folded once: "É" is "e", "ç" is "c", "Œ" stays "œ". */
    private static final char[] LATIN = latinTable();

    private Fold() {
    }

    static String of(String word) {
        char[] out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char folded;
            if (c < LATIN.length) {
                folded = LATIN[c];
            } else if (c == '’' || c == '‘') {
                folded = '\'';
            } else {
                return slow(word);
            }
            if (folded != c && out == null) {
                out = word.toCharArray();
            }
            if (out != null) {
                out[i] = folded;
            }
        }
        return out == null ? word : new String(out);
    }

    /** Any script: lower case, then canonical decomposition without the combining marks. */
    private static String slow(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char[] latinTable() {
        char[] table = new char[0x180];
        for (char c = 0; c < table.length; c++) {
            String folded = slow(String.valueOf(c));
            table[c] = folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
        }
        return table;
    }
}
