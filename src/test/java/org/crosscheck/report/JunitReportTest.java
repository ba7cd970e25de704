package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crosscheck.model.ReportData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML parsed back with the JDK's DOM parser: one case per fact, one failure per unresolved finding. */
class JunitReportTest {

    private static ReportData corpus;

    @BeforeAll
    static void runDefaultCorpus() {
        corpus = ReportFixture.defaultCorpus();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void handMadeFindingsFailTheirFactsUnlessResolved() throws Exception {
        ReportData report = ReportFixture.handMade();
        String xml = ReportFixture.render(new JunitReport(), report);
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("name")).isEqualTo("crosscheck");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(elements(document, "testsuite")).singleElement()
                .satisfies(suite -> assertThat(suite.getAttribute("failures")).isEqualTo("2"));

        List<Element> cases = elements(document, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("classname"))
                .containsExactly("crosscheck.fine", "crosscheck.facts", "crosscheck.contract-value");
        assertThat(cases.get(0).getAttribute("name")).isEqualTo("Fine — Sweden | <i> [f-fine]");

        List<Element> failures = elements(document, "failure");
        assertThat(failures).hasSize(2);
        assertThat(failures).extracting(f -> f.getAttribute("type")).containsExactly("conflict", "attribution");
        Element conflict = failures.get(0);
        assertThat(((Element) conflict.getParentNode()).getAttribute("classname")).isEqualTo("crosscheck.fine");
        assertThat(conflict.getAttribute("message"))
                .isEqualTo("Sources disagree on the fine: 250,000 EUR vs 200,000 EUR \"quoted\" & <b>bold</b> ")
                .as("characters XML 1.0 forbids are dropped").doesNotContain("\u0002");
        assertThat(conflict.getTextContent())
                .contains(ReportFixture.CONFLICT)
                .contains("the intervals do not meet.\nSecond line | `tick`")
                .contains(ReportFixture.CORPUS + "/a.md:5:")
                .contains(ReportFixture.CORPUS + "/" + ReportFixture.ODD_SOURCE + ":2:")
                .contains("[[250 000 euros]] | <script>alert(1)</script>");
        assertThat(xml).doesNotContain(ReportFixture.RESOLVED + ":").doesNotContain("<script>");
        assertThat(elements(document, "system-out")).singleElement()
                .satisfies(out -> assertThat(out.getTextContent()).contains(ReportFixture.RESOLVED).contains("not-a-conflict"));
        assertThat(cases.get(2).getChildNodes().getLength()).as("a fact without findings passes").isZero();
    }

    @Test
    void theDefaultCorpusHasOneCasePerFactAndOneFailurePerUnresolvedFinding() throws Exception {
        Document document = parse(ReportFixture.render(new JunitReport(), corpus));
        assertThat(elements(document, "testcase")).hasSize(corpus.facts().size());
        assertThat(elements(document, "failure")).hasSize(corpus.unresolved().size()).isNotEmpty();
        assertThat(document.getDocumentElement().getAttribute("tests")).isEqualTo(String.valueOf(corpus.facts().size()));
        assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(corpus.unresolved().size()));
        assertThat(elements(document, "testcase")).extracting(c -> c.getAttribute("classname") + "/" + c.getAttribute("name"))
                .as("names are unique, as GitLab keeps only the first of duplicates").doesNotHaveDuplicates();
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        assertThat(ReportFixture.render(new JunitReport(), corpus)).isEqualTo(ReportFixture.render(new JunitReport(), corpus));
        ReportData handMade = ReportFixture.handMade();
        assertThat(ReportFixture.render(new JunitReport(), handMade)).isEqualTo(ReportFixture.render(new JunitReport(), handMade));
    }

    @Test
    void escapingKeepsTextAndDropsWhatXmlForbids() {
        assertThat(JunitReport.text("a<b>&\"'\u0000\u001f\uffff\ud800z")).isEqualTo("a&lt;b&gt;&amp;&quot;&apos;z");
        assertThat(JunitReport.attribute("one\ntwo\tthree")).isEqualTo("one&#10;two&#9;three");
    }
}
