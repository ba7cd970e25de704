package org.crosscheck.ingest;

/** What counts as blank between words: Unicode white space, including no-break spaces (U+00A0, U+202F). */
final class Blanks {

    private Blanks() {
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The first index at or after {@code from} (and before {@code end}) that is not blank, or {@code end}. */
    static int skip(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
