package org.crosscheck.extract;

import java.text.Normalizer;
import java.util.Locale;

/** The form words are compared in: lower case, without accents, with one kind of apostrophe. */
final class Fold {

    private Fold() {
    }

    static String of(String word) {
        boolean ascii = true;
        boolean lowerCase = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            char c = word.charAt(i);
            ascii = c < 0x80;
            lowerCase &= !(c >= 'A' && c <= 'Z');
        }
        if (ascii) {
            return lowerCase ? word : word.toLowerCase(Locale.ROOT);
        }
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
}
