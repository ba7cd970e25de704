package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;

/** Passages of HTML point at the place in the file their first character comes from, whatever the entities and tags. */
class HtmlOffsetsPropertiesTest {

    private final LanguageProfiles languages = LanguageProfiles.bundled();
    private final SentenceSegmenter segmenter = new SentenceSegmenter(languages);

    @Property(tries = 500)
    void everyPassageStartsWhereTheFileHasItsFirstCharacter(@ForAll("pages") String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        CorpusFile file = new CorpusFile(Path.of("page.html"), "page.html", "page.html");
        Document doc = new DocumentReader(false, languages, d -> { })
                .read(new FileContent(file, bytes, FileContent.sha256(bytes)))
                .orElse(null);
        if (doc == null) {
            return;
        }
        List<Integer> lineStarts = lineStarts(html);
        for (Passage p : segmenter.segment(doc)) {
            assertThat(doc.text().substring(p.span().start(), p.span().end())).isEqualTo(p.text());
            int fileOffset = lineStarts.get(p.span().line() - 1) + p.span().column() - 1;
            char first = p.text().charAt(0);
            char inFile = html.charAt(fileOffset);
            assertThat(inFile == first || inFile == '&')
                    .as("passage %s at %d:%d of %s, where the file has %s", p.text(), p.span().line(), p.span().column(), html.replace("\n", "\\n").replace("\r", "\\r"),
                            html.substring(fileOffset, Math.min(html.length(), fileOffset + 12)))
                    .isTrue();
            if (inFile == '&' && first != '&') {
                assertThat(html.substring(fileOffset)).matches("(?s)&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);?.*");
            }
        }
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcéXYZ").ofMinLength(1).ofMaxLength(7);
        Arbitrary<String> reference = Arbitraries.of("&amp;", "&AMP;", "&#38;", "&#x26;", "&eacute;", "&copy", "&copy;",
                "&nbsp;", "&#128512;", "&notanentity;", "&", "&lt;b&gt;", "&quot;");
        Arbitrary<String> markup = Arbitraries.of("<b>", "</b>", "<p>", "</p>", "<br>", "<div>", "</div>", "<span>", "</span>",
                "<script>var x = 'a. B';</script>", "<!-- note. -->");
        Arbitrary<String> spacing = Arbitraries.of(" ", ". ", "? ", "\n", "\r\n", "\n\n", "  ", "\t", ", ");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, word), Tuple.of(2, reference), Tuple.of(2, markup), Tuple.of(4, spacing));
        return piece.list().ofMaxSize(80).map(parts -> "<html><body>\n" + String.join("", parts) + "\n</body></html>");
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }
}
