package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.ReportData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Markdown report: its layout, and corpus text that cannot break a table or inject HTML. */
class MarkdownReportTest {

    private static ReportData corpus;

    @BeforeAll
    static void runDefaultCorpus() {
        corpus = ReportFixture.defaultCorpus();
    }

    /** The pipes of a line that Markdown reads as cell borders (not backslash-escaped). */
    private static long borders(String line) {
        long count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    @Test
    void findingsAreGroupedBySeverityWithTheirClaimsSideBySide() {
        String md = ReportFixture.render(new MarkdownReport(), ReportFixture.handMade());
        assertThat(md).startsWith("## crosscheck report\n\n**2 sources, 4 claims, 3 facts, 3 findings (1 error, 1 warning, 1 info), 2 unresolved**\n");
        assertThat(md).containsSubsequence("### Errors (1)", "#### conflict: Fine — Sweden \\| &lt;i&gt;", "| Source | Date | Status | Quote |",
                "### Warnings (1)", "#### status-mismatch: Fine — Sweden \\| &lt;i&gt; — resolved (not-a-conflict)",
                "**Resolved:** not-a-conflict, by editor, 2026-01-02: Proposal &amp; outcome &lt;match&gt;",
                "### Info (1)", "#### attribution (internal): 3 milliards d'images");
        assertThat(md).contains("| target/report-fixture/corpus/a.md:5 | 2021-02 (stated) | final | ");
        assertThat(md).contains("| target/report-fixture/corpus/dossier été/b 2.md:2 | 2021 (stated) | proposed | Elle a versé **200 000 euros** en 2021");
        assertThat(md).contains("Finding fd-conflict-1: Sources disagree");
        assertThat(md).contains("**Why:** 250,000 EUR is 20.0% above 200,000 EUR; the intervals do not meet. Second line \\| \\`tick\\`");
    }

    @Test
    void corpusTextCannotBreakTheTableOrInjectHtml() {
        String md = ReportFixture.render(new MarkdownReport(), ReportFixture.handMade());
        String row = md.lines().filter(l -> l.contains("a.md:5")).findFirst().orElseThrow();
        assertThat(row).isEqualTo("| target/report-fixture/corpus/a.md:5 | 2021-02 (stated) | final | La police a payé **250 000 euros** "
                + "\\| &lt;script&gt;alert(1)&lt;/script&gt; \\`x\\` \\*y\\* \\_z\\_ \\[lien\\](http://e.org) \\$ 5 \\$   fin. |");
        assertThat(md).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>").doesNotContain("\u0001").doesNotContain("\u0002");
        List<String> table = md.lines().filter(l -> l.startsWith("|")).toList();
        assertThat(table).isNotEmpty().allSatisfy(line -> assertThat(borders(line)).as(line).isEqualTo(5));
    }

    @Test
    void escapeFoldsLineEndsAndEscapesMarkup() {
        assertThat(MarkdownReport.escape("a\r\nb\nc\u2028d")).isEqualTo("a b c d");
        assertThat(MarkdownReport.escape("<img src=x onerror=alert(1)>")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(MarkdownReport.escape("&lt;")).isEqualTo("&amp;lt;");
        assertThat(MarkdownReport.escape("a|b`c*d_e\\f")).isEqualTo("a\\|b\\`c\\*d\\_e\\\\f");
    }

    @Test
    void theDefaultCorpusGivesWellFormedTables() {
        String md = ReportFixture.render(new MarkdownReport(), corpus);
        assertThat(md).startsWith("## crosscheck report\n\n**5 sources, ");
        assertThat(md.lines().filter(l -> l.startsWith("#### "))).hasSize(corpus.findings().size());
        assertThat(md.lines().filter(l -> l.startsWith("|"))).isNotEmpty().allSatisfy(line -> assertThat(borders(line)).as(line).isEqualTo(5));
        assertThat(md).contains("**290").doesNotContain("\n\n\n");
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        assertThat(ReportFixture.render(new MarkdownReport(), corpus)).isEqualTo(ReportFixture.render(new MarkdownReport(), corpus));
        ReportData handMade = ReportFixture.handMade();
        for (Reporters.Format format : Reporters.formats()) {
            Reporter reporter = Reporters.of(format, false, "1");
            assertThat(ReportFixture.render(reporter, handMade)).as(format.id()).isEqualTo(ReportFixture.render(reporter, handMade));
        }
    }
}
