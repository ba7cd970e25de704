package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentReaderTest {

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final LanguageProfiles languages = LanguageProfiles.bundled();

    private Optional<Document> read(String id, byte[] bytes, boolean lenient) {
        CorpusFile file = new CorpusFile(Path.of(id), id, "corpus/" + id);
        return new DocumentReader(lenient, languages, warnings::add).read(new FileContent(file, bytes, FileContent.sha256(bytes)));
    }

    private Document read(String id, String text) {
        return read(id, text.getBytes(StandardCharsets.UTF_8), false).orElseThrow();
    }

    @Test
    void readsFrontMatterAndKeepsOffsetsIntoTheWholeFile() {
        String text = "---\ntitle: \"Une amende : 20 M€\"\npublisher: L'Usine Digitale\nurl: https://example.org/a\n"
                + "published: 2020-07\nlanguage: fr\n---\nLa police a payé 290 000 $. Fin.\n";
        Document doc = read("a.md", text);
        assertThat(doc.source().title()).isEqualTo("Une amende : 20 M€");
        assertThat(doc.source().publisher()).contains("L'Usine Digitale");
        assertThat(doc.source().url()).contains("https://example.org/a");
        assertThat(doc.source().published()).contains(PartialDate.ofMonth(2020, 7));
        assertThat(doc.source().published().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(doc.source().language()).isEqualTo("fr");
        assertThat(doc.source().languageDetected()).isFalse();
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.text().substring(doc.bodyStart())).startsWith("La police");
        List<Passage> passages = new SentenceSegmenter(languages).segment(doc);
        assertThat(passages.get(0).text()).isEqualTo("La police a payé 290 000 $.");
        assertThat(text.substring(passages.get(0).span().start(), passages.get(0).span().end())).isEqualTo(passages.get(0).text());
        assertThat(passages.get(0).span().line()).isEqualTo(8);
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2021, YEAR", "2021-02, MONTH", "2021-02-14, DAY"})
    void keepsThePublicationDateAtItsPrecision(String published, DatePrecision precision) {
        Document doc = read("a.md", "---\npublished: " + published + "\n---\nText.");
        assertThat(doc.source().published().orElseThrow().precision()).isEqualTo(precision);
        assertThat(doc.source().published().orElseThrow().toString()).isEqualTo(published);
    }

    @Test
    void frontMatterWithCrlfAndABomIsRead() {
        byte[] body = "---\r\ntitle: T\r\nlanguage: en\r\n---\r\nThe fine was large. It was paid.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Document doc = read("a.md", bytes, false).orElseThrow();
        assertThat(doc.text()).startsWith("---\r\n").doesNotContain("\uFEFF");
        assertThat(doc.source().title()).isEqualTo("T");
        assertThat(doc.text().substring(doc.bodyStart())).startsWith("The fine");
    }

    @Test
    void withoutFrontMatterTheTitleIsTheFirstLineAndTheLanguageIsDetected() {
        Document fr = read("a.txt", "Clearview AI et la police\nLa société est dans le viseur de la CNIL et des autorités.");
        assertThat(fr.source().title()).isEqualTo("Clearview AI et la police");
        assertThat(fr.source().language()).isEqualTo("fr");
        assertThat(fr.source().languageDetected()).isTrue();
        assertThat(fr.source().published()).isEmpty();
        Document en = read("b.txt", "# The fine\nThe company was fined by the regulator for the use of its app.");
        assertThat(en.source().title()).isEqualTo("The fine");
        assertThat(en.source().language()).isEqualTo("en");
    }

    @Test
    void anUnknownKeyIsAWarningWithItsLine() {
        read("a.md", "---\ntitle: T\nauthor: Someone\n---\nText.");
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("corpus/a.md");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("unknown front-matter key 'author'");
        });
    }

    @Test
    void aScriptUrlIsDroppedWithAWarning() {
        Document doc = read("a.md", "---\nurl: \"javascript:alert(1)\"\n---\nText.");
        assertThat(doc.source().url()).isEmpty();
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("url ignored"));
    }

    static Stream<Arguments> malformedFrontMatter() {
        return Stream.of(
                Arguments.of("---\ntitle: T\npublished: 2021-13\n---\nText.", 3, "'published'"),
                Arguments.of("---\ntitle: [unclosed\n---\nText.", 2, "malformed front matter"),
                Arguments.of("---\ntitle: T\ntitle: U\n---\nText.", 3, "appears twice"),
                Arguments.of("---\ntitle: T\nText without closing line.", 1, "no closing '---'"),
                Arguments.of("---\n- a\n- b\n---\nText.", 2, "mapping"),
                Arguments.of("---\ntitle: T\npublisher:\n  - a\n---\nText.", 3, "single value"),
                Arguments.of("---\ntitle: T\npublisher: X\n\tlanguage: fr\n---\nText.", 4, "found character '\\t(TAB)'"));
    }

    @ParameterizedTest
    @MethodSource("malformedFrontMatter")
    void malformedFrontMatterIsBadInputNamingFileAndLine(String text, int line, String fragment) {
        assertThatThrownBy(() -> read("a.md", text))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    Diagnostic d = ((BadInputException) e).diagnostic();
                    assertThat(d.file()).isEqualTo("corpus/a.md");
                    assertThat(d.line()).isEqualTo(line);
                    assertThat(d.message()).contains(fragment);
                });
    }

    @Test
    void invalidUtf8IsBadInputNamingTheByteOffset() {
        byte[] bytes = "ab\ncd".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> read("bad.md", broken, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("corpus/bad.md:2:")
                .hasMessageContaining("invalid UTF-8 at byte offset 5");
    }

    @Test
    void invalidUtf8IsSkippedWithAWarningWhenLenient() {
        assertThat(read("bad.md", new byte[] {'a', (byte) 0xFF, 'b'}, true)).isEmpty();
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("invalid UTF-8 at byte offset 1"));
    }

    @Test
    void emptyBlankAndBinaryFilesAreSkippedWithAWarning() {
        assertThat(read("empty.md", new byte[0], false)).isEmpty();
        assertThat(read("blank.md", " \n\t\n".getBytes(StandardCharsets.UTF_8), false)).isEmpty();
        assertThat(read("only-front-matter.md", "---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_8), false)).isEmpty();
        assertThat(read("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, false)).isEmpty();
        assertThat(warnings).extracting(Diagnostic::message)
                .containsExactly("skipped: empty file", "skipped: no text", "skipped: no text",
                        "skipped: binary file (it contains NUL bytes)");
    }

    @Test
    void htmlIsReadAsItsArticleText() {
        String html = "<html lang=\"en-GB\"><head><title>Fine story</title><script>var x = 'Nope.';</script>"
                + "<meta property=\"article:published_time\" content=\"2021-02-14T09:00:00Z\"></head>\n"
                + "<body><nav>Home | News</nav>\n<article><h1>A fine</h1>\n<p>The police paid\n   $290,000 &amp; more.</p>"
                + "<p>It <b>appealed</b>.</p><style>p{}</style></article><footer>Copyright 2024</footer></body></html>";
        Document doc = read("page.html", html);
        assertThat(doc.source().format()).isEqualTo(SourceFormat.HTML);
        assertThat(doc.source().title()).isEqualTo("Fine story");
        assertThat(doc.source().language()).isEqualTo("en");
        assertThat(doc.source().published()).contains(PartialDate.ofDay(2021, 2, 14));
        assertThat(doc.text()).doesNotContain("Nope", "Home", "Copyright", "p{}");
        List<Passage> passages = new SentenceSegmenter(languages).segment(doc);
        assertThat(passages).extracting(Passage::text)
                .containsExactly("A fine", "The police paid $290,000 & more.", "It appealed.");
        Passage fine = passages.get(1);
        assertThat(doc.text().substring(fine.span().start(), fine.span().end())).isEqualTo(fine.text());
        assertThat(fine.span().line()).isEqualTo(4);
        assertThat(html.split("\n")[3].substring(fine.span().column() - 1)).startsWith("The police paid");
        Passage appealed = passages.get(2);
        assertThat(appealed.span().line()).isEqualTo(5);
        assertThat(html.split("\n")[4].substring(appealed.span().column() - 1)).startsWith("It <b>appealed");
    }
}
