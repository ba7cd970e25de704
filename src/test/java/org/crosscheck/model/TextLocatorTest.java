package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLocatorTest {

    @Test
    void countsLinesEndedByLfCrlfOrCr() {
        String text = "ab\ncd\r\nef\rgh";
        TextLocator locator = TextLocator.identity(text);
        assertThat(locator.span(0, 1)).isEqualTo(new Span(0, 1, 1, 1));
        assertThat(locator.span(4, 5)).isEqualTo(new Span(4, 5, 2, 2));
        assertThat(locator.span(7, 9)).isEqualTo(new Span(7, 9, 3, 1));
        assertThat(locator.span(11, 12)).isEqualTo(new Span(11, 12, 4, 2));
    }

    @Test
    void mapsExtractedTextBackToTheFile() {
        String file = "<p>\n  Hello <b>world</b></p>";
        // extracted text "Hello world": "Hello" from file offset 6, "world" from file offset 15
        TextLocator locator = TextLocator.mapped(file, new int[] {0, 6}, new int[] {6, 15});
        assertThat(locator.span(0, 5)).isEqualTo(new Span(0, 5, 2, 3));
        assertThat(locator.span(6, 11)).isEqualTo(new Span(6, 11, 2, 12));
        assertThat(locator.span(8, 11).column()).isEqualTo(14);
    }
}
