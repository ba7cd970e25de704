package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.model.LineBreaks;

/**
 * Finds a text's paragraphs. A paragraph ends at a blank line, and at a line break unless the
 * next line continues the sentence: the line before does not end with a sentence mark, and either
 * the next line starts with a lower-case letter or the text is hard-wrapped (cut at a width, as
 * text taken from PDFs is) and the next line's first word would not have fitted on the line
 * before, so the break is the wrapper's, not the author's. A list item always starts a paragraph.
 */
final class Paragraphs {

    /** A paragraph: text offsets {@code start..end}, {@code end} at its closing line break or the text's end. */
    record Paragraph(int start, int end) {
    }

    /** Lines longer than this at the 90th percentile are paragraphs, not hard-wrapped text. */
    private static final int MAX_WRAP_WIDTH = 160;
    private static final int MIN_LINES_TO_DETECT_WRAPPING = 8;
    private static final String SENTENCE_MARKS = ".!?…";
    private static final Pattern LIST_ITEM = Pattern.compile("[-*•–—]\\s|\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})[.)]\\s");

    private Paragraphs() {
    }

    /** The paragraphs of {@code text} from offset {@code from} on, in order. */
    static List<Paragraph> of(String text, int from) {
        int wrapWidth = wrapWidth(text, from);
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = from;
        while (start < text.length()) {
            int end = paragraphEnd(text, start, wrapWidth);
            paragraphs.add(new Paragraph(start, end));
            start = end;
            while (start < text.length() && LineBreaks.isLineBreak(text.charAt(start))) {
                start++;
            }
        }
        return paragraphs;
    }

    private static int paragraphEnd(String text, int from, int wrapWidth) {
        int lineStart = from;
        for (int end = LineBreaks.lineEnd(text, from); end < text.length(); end = LineBreaks.lineEnd(text, lineStart)) {
            int next = LineBreaks.nextLineStart(text, end);
            int lastOfLine = lastNonBlank(text, lineStart, end);
            int firstOfNext = firstOnLine(text, next);
            if (lastOfLine < 0 || firstOfNext < 0 || SENTENCE_MARKS.indexOf(text.charAt(lastOfLine)) >= 0
                    || LIST_ITEM.matcher(text).region(firstOfNext, Math.min(text.length(), firstOfNext + 8)).lookingAt()) {
                return end;
            }
            boolean lowerCaseNext = Character.isLowerCase(text.codePointAt(firstOfNext));
            boolean wrapperBreak = wrapWidth > 0
                    && trimmedLength(text, lineStart) + 1 + wordLength(text, firstOfNext) > wrapWidth;
            if (!lowerCaseNext && !wrapperBreak) {
                return end;
            }
            lineStart = next;
        }
        return text.length();
    }

    /**
     * The width hard-wrapped text is cut at (the 90th percentile of its line lengths), or 0 when
     * lines are paragraphs: when long lines are common, or when lines seldom run on into a next
     * line that starts in lower case, as prose cut at a width does.
     */
    private static int wrapWidth(String text, int from) {
        int[] linesOfLength = new int[MAX_WRAP_WIDTH + 2];
        int lines = 0;
        for (int start = from; start < text.length(); start = LineBreaks.nextLineStart(text, LineBreaks.lineEnd(text, start))) {
            int length = trimmedLength(text, start);
            if (length > 0) {
                linesOfLength[Math.min(length, MAX_WRAP_WIDTH + 1)]++;
                lines++;
            }
        }
        if (lines < MIN_LINES_TO_DETECT_WRAPPING) {
            return 0;
        }
        int p90 = 0;
        for (int seen = linesOfLength[0]; seen < lines * 9 / 10; seen += linesOfLength[++p90]) {
            // walk up the histogram to the 90th percentile
        }
        if (p90 > MAX_WRAP_WIDTH) {
            return 0;
        }
        int runOns = 0;
        for (int start = from; start < text.length(); ) {
            int next = LineBreaks.nextLineStart(text, LineBreaks.lineEnd(text, start));
            int first = firstOnLine(text, next);
            if (trimmedLength(text, start) * 2 >= p90 && first >= 0 && Character.isLowerCase(text.codePointAt(first))) {
                runOns++;
            }
            start = next;
        }
        return runOns * 4 >= lines ? p90 : 0;
    }

    /** The length of the line starting at {@code start} without its leading and trailing blanks. */
    private static int trimmedLength(String text, int start) {
        int end = LineBreaks.lineEnd(text, start);
        int last = lastNonBlank(text, start, end);
        return last < 0 ? 0 : last + 1 - Blanks.skip(text, start, end);
    }

    private static int wordLength(String text, int from) {
        int end = from;
        while (end < text.length() && !Blanks.isBlank(text.charAt(end))) {
            end++;
        }
        return end - from;
    }

    private static int lastNonBlank(String text, int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (!Blanks.isBlank(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first non-blank character on the line starting at {@code lineStart}, or -1 for a blank line or the text's end. */
    private static int firstOnLine(String text, int lineStart) {
        for (int i = lineStart; i < text.length() && !LineBreaks.isLineBreak(text.charAt(i)); i++) {
            if (!Blanks.isBlank(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
