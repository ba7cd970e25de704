package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;

/** Passages of any text are in order, disjoint, in bounds, exact, trimmed, and cover every non-blank character. */
class SegmentationPropertiesTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter(LanguageProfiles.bundled());

    @Property(tries = 1000)
    void passagesPartitionTheNonBlankText(@ForAll("texts") String text, @ForAll("languages") String language) {
        Document document = TestDocuments.plain(text, language);
        List<Passage> passages = segmenter.segment(document);
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertThat(p.ordinal()).isEqualTo(i);
            assertThat(p.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(p.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(p.text()).isEqualTo(text.substring(p.span().start(), p.span().end()));
            assertThat(p.text()).isNotEmpty();
            assertThat(isBlank(p.text().charAt(0))).as("passage %s of %s starts with a blank", escaped(p.text()), escaped(text)).isFalse();
            assertThat(isBlank(p.text().charAt(p.text().length() - 1))).as("passage %s of %s ends with a blank", escaped(p.text()), escaped(text)).isFalse();
            assertThat(splitsASurrogatePair(text, p.span().start())).as("passage %s starts inside a pair", escaped(p.text())).isFalse();
            assertThat(splitsASurrogatePair(text, p.span().end())).as("passage %s ends inside a pair", escaped(p.text())).isFalse();
            for (int k = p.span().start(); k < p.span().end(); k++) {
                covered[k] = true;
            }
            previousEnd = p.span().end();
        }
        for (int k = 0; k < text.length(); k++) {
            if (!isBlank(text.charAt(k))) {
                assertThat(covered[k]).as("non-blank character %d (U+%04X) is in a passage", k, (int) text.charAt(k)).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void lineAndColumnPointAtThePassage(@ForAll("texts") String text) {
        for (Passage p : segmenter.segment(TestDocuments.plain(text, "fr"))) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            String line = lines[p.span().line() - 1];
            assertThat(line.substring(p.span().column() - 1)).startsWith(firstLineOf(p.text()));
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("fr", "en", "und");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdeéàçXYZMU").ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> number = Arbitraries.of("290\u00a0000", "3,5", "1.250", "17.5", "2\u202f228", "24", "2019");
        Arbitrary<String> punctuation = Arbitraries.of(".", ". ", "?", "!", "…", "...", " ?", ".«", "« ", " »", "\"", "'", "’",
                "(", ")", ", ", ": ", "; ", "M. ", "U.S. ", "e.g. ", "\n", "\r\n", "\r", "\n\n", " ", "\u00a0", "\u202f", "\t");
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, word),
                net.jqwik.api.Tuple.of(2, number),
                net.jqwik.api.Tuple.of(6, punctuation),
                net.jqwik.api.Tuple.of(1, unicode));
        Arbitrary<String> shortText = piece.list().ofMaxSize(120).map(parts -> String.join("", parts));
        Arbitrary<String> longLine = Combinators.combine(word, Arbitraries.integers().between(300, 1200))
                .as((w, n) -> (w + " ").repeat(n) + "fin. " + (w + ". ").repeat(n / 4));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, shortText), net.jqwik.api.Tuple.of(1, longLine));
    }

    /** The text with every character outside printable ASCII as \\uXXXX, for failure messages. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }

    private static boolean splitsASurrogatePair(String text, int boundary) {
        return boundary > 0 && boundary < text.length()
                && Character.isHighSurrogate(text.charAt(boundary - 1)) && Character.isLowSurrogate(text.charAt(boundary));
    }

    private static String firstLineOf(String text) {
        return text.split("\r\n|\r|\n", 2)[0];
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
