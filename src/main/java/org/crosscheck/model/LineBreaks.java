package org.crosscheck.model;

/**
 * What ends a line, everywhere in crosscheck: LF, CRLF or a lone CR (U+2028 and U+2029 are blanks,
 * not line ends, as most editors count lines).
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** The index of the break that ends the line holding {@code from}, or the text's length. */
    public static int lineEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && !isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The start of the line after a line that ends at {@code lineEnd} (a CRLF is one break), or the text's length. */
    public static int nextLineStart(CharSequence text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n';
        return lineEnd + (crlf ? 2 : 1);
    }

    /** The 1-based line of the byte at {@code offset} in UTF-8 (or any ASCII-compatible) bytes. */
    public static int lineOfByte(byte[] bytes, long offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            boolean lineEnd = bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'));
            if (lineEnd) {
                line++;
            }
        }
        return line;
    }
}
