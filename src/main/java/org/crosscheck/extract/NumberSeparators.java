package org.crosscheck.extract;

import org.crosscheck.rules.NumberWordsRule;

/**
 * How a language writes the separators of a figure, as its number-words rule says: its decimal mark
 * and the marks that group thousands (French "1 250,5" and "1.250"; English "1,250.5"; both "1'250").
 *
 * @param decimal the decimal mark
 * @param groups the marks that group digits by three
 */
record NumberSeparators(char decimal, String groups) {

    private static final String SPACES = " \u00a0\u202f\u2009\u2007";
    private static final String APOSTROPHES = "'\u2019";

    NumberSeparators {
        if (groups.indexOf(decimal) >= 0) {
            throw new IllegalArgumentException("the decimal mark cannot also group digits: " + decimal);
        }
    }

    /** The separators a number-words rule gives its language. */
    static NumberSeparators of(NumberWordsRule rule) {
        return new NumberSeparators(rule.decimalMark().charAt(0), rule.groupMarks());
    }

    boolean isGroup(char c) {
        return groups.indexOf(c) >= 0;
    }

    /** Whether two group marks are the same kind: spaces of any width go together, apostrophes of either shape too. */
    static boolean sameKind(char a, char b) {
        return a == b || SPACES.indexOf(a) >= 0 && SPACES.indexOf(b) >= 0 || APOSTROPHES.indexOf(a) >= 0 && APOSTROPHES.indexOf(b) >= 0;
    }
}
