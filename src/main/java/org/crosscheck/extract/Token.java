package org.crosscheck.extract;

/**
 * A word or a single symbol of a passage.
 *
 * @param start offset in the passage text
 * @param end offset just after it
 * @param surface the text as written
 * @param folded the surface in {@link Fold}'s form, for lookups
 */
record Token(int start, int end, String surface, String folded) {

    boolean isWord() {
        return Character.isLetterOrDigit(surface.codePointAt(0));
    }

    boolean isSymbol(char c) {
        return surface.length() == 1 && surface.charAt(0) == c;
    }
}
