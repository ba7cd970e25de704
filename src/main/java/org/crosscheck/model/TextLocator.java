package org.crosscheck.model;

import java.util.Arrays;

/**
 * Turns offsets in a document's text into 1-based line and column numbers of the file it came from.
 * For Markdown and text files the text is the file content itself; for HTML the text is extracted,
 * and anchors map the start of each extracted run back to its offset in the file.
 */
public final class TextLocator {

    private final int[] fileLineStarts;
    private final int[] anchorTextOffsets;
    private final int[] anchorFileOffsets;
    private final int fileLength;

    private TextLocator(int[] fileLineStarts, int[] anchorTextOffsets, int[] anchorFileOffsets, int fileLength) {
        this.fileLineStarts = fileLineStarts;
        this.anchorTextOffsets = anchorTextOffsets;
        this.anchorFileOffsets = anchorFileOffsets;
        this.fileLength = fileLength;
    }

    /** A locator for text that is the file content itself. */
    public static TextLocator identity(CharSequence fileContent) {
        return new TextLocator(lineStarts(fileContent), new int[] {0}, new int[] {0}, fileContent.length());
    }

    /**
     * A locator for text extracted from {@code fileContent}: text offset {@code textOffsets[i] + k}
     * comes from file offset {@code fileOffsets[i] + k} until the next anchor.
     */
    public static TextLocator mapped(CharSequence fileContent, int[] textOffsets, int[] fileOffsets) {
        if (textOffsets.length != fileOffsets.length) {
            throw new IllegalArgumentException("anchor arrays differ in length");
        }
        for (int i = 1; i < textOffsets.length; i++) {
            if (textOffsets[i] < textOffsets[i - 1]) {
                throw new IllegalArgumentException("anchor text offsets must not decrease");
            }
        }
        int[] texts = textOffsets.length == 0 ? new int[] {0} : textOffsets.clone();
        int[] files = fileOffsets.length == 0 ? new int[] {0} : fileOffsets.clone();
        return new TextLocator(lineStarts(fileContent), texts, files, fileContent.length());
    }

    /** The span of text offsets {@code start..end}, located at the file position of {@code start}. */
    public Span span(int start, int end) {
        int fileOffset = fileOffset(start);
        int lineIndex = lineIndexOf(fileOffset);
        return new Span(start, end, lineIndex + 1, fileOffset - fileLineStarts[lineIndex] + 1);
    }

    private int fileOffset(int textOffset) {
        int i = Arrays.binarySearch(anchorTextOffsets, textOffset);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        } else {
            while (i + 1 < anchorTextOffsets.length && anchorTextOffsets[i + 1] == textOffset) {
                i++;
            }
        }
        int candidate = anchorFileOffsets[i] + Math.max(0, textOffset - anchorTextOffsets[i]);
        if (i + 1 < anchorFileOffsets.length && anchorFileOffsets[i + 1] >= anchorFileOffsets[i]) {
            candidate = Math.min(candidate, anchorFileOffsets[i + 1]);
        }
        return Math.min(candidate, fileLength);
    }

    private int lineIndexOf(int fileOffset) {
        int i = Arrays.binarySearch(fileLineStarts, fileOffset);
        return i >= 0 ? i : -i - 2;
    }

    /** Offsets where lines start, as {@link LineBreaks} ends them. */
    private static int[] lineStarts(CharSequence content) {
        int[] starts = new int[16];
        int count = 1;
        for (int end = LineBreaks.lineEnd(content, 0); end < content.length(); end = LineBreaks.lineEnd(content, starts[count - 1])) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = LineBreaks.nextLineStart(content, end);
        }
        return Arrays.copyOf(starts, count);
    }
}
