package org.crosscheck.bench.corpus;

import java.math.BigDecimal;

/** How French and English write numbers: digit groups, decimal marks and cardinal words below a thousand. */
final class Numbers {

    private static final String[] FR_UNITS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
    private static final String[] FR_TENS = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
    private static final String[] EN_UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private Numbers() {
    }

    /** A whole number in digits, its groups of three separated by {@code groupMark} (French spaces, English commas). */
    static String digits(long value, String groupMark) {
        String plain = Long.toString(value);
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 * groupMark.length());
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append(groupMark);
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }

    /** A decimal with the language's mark: "3,24" in French, "3.24" in English. */
    static String decimal(BigDecimal value, Lang lang) {
        String plain = value.stripTrailingZeros().toPlainString();
        return lang == Lang.FR ? plain.replace('.', ',') : plain;
    }

    /** The cardinal words of a number from 1 to 999 ("quatre-vingt-onze", "three hundred and forty"). */
    static String words(int value, Lang lang) {
        if (value < 1 || value > 999) {
            throw new IllegalArgumentException("no words for " + value);
        }
        return lang == Lang.FR ? french(value) : english(value);
    }

    private static String french(int value) {
        int hundreds = value / 100;
        int rest = value % 100;
        if (hundreds == 0) {
            return frenchBelowHundred(rest);
        }
        String head = hundreds == 1 ? "cent" : FR_UNITS[hundreds] + (rest == 0 ? " cents" : " cent");
        return rest == 0 ? head : head + " " + frenchBelowHundred(rest);
    }

    private static String frenchBelowHundred(int value) {
        if (value < 20) {
            return FR_UNITS[value];
        }
        int tens = value / 10;
        int units = value % 10;
        if (tens <= 6) {
            return units == 0 ? FR_TENS[tens] : units == 1 ? FR_TENS[tens] + " et un" : FR_TENS[tens] + "-" + FR_UNITS[units];
        }
        if (tens == 7) {
            return units == 1 ? "soixante et onze" : "soixante-" + FR_UNITS[10 + units];
        }
        if (tens == 8) {
            return units == 0 ? "quatre-vingts" : "quatre-vingt-" + FR_UNITS[units];
        }
        return "quatre-vingt-" + FR_UNITS[10 + units];
    }

    private static String english(int value) {
        int hundreds = value / 100;
        int rest = value % 100;
        String tail = rest == 0 ? "" : rest < 20 ? EN_UNITS[rest]
                : EN_TENS[rest / 10] + (rest % 10 == 0 ? "" : "-" + EN_UNITS[rest % 10]);
        if (hundreds == 0) {
            return tail;
        }
        return EN_UNITS[hundreds] + " hundred" + (rest == 0 ? "" : " and " + tail);
    }
}
