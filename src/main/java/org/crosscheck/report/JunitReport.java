package org.crosscheck.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;

/**
 * Writes the report as JUnit XML for CI servers (Jenkins, GitLab): one test suite "crosscheck", one
 * test case per fact (classname {@code crosscheck.<measure>}, or {@code crosscheck.facts} for a fact
 * without one; name {@code <label> [<fact id>]}), and one {@code <failure>} per unresolved finding
 * about that fact. A resolved finding does not fail; it is listed in the case's {@code <system-out>}.
 * A fact with several unresolved findings gets several failures, and the suite's {@code failures}
 * counts findings, not cases.
 */
public final class JunitReport implements Reporter {

    @Override
    public void write(ReportData report, PrintWriter out) {
        Map<String, List<Finding>> byFact = new LinkedHashMap<>();
        report.facts().forEach(f -> byFact.put(f.id(), new ArrayList<>()));
        for (Finding finding : report.findings()) {
            byFact.computeIfAbsent(finding.fact(), k -> new ArrayList<>()).add(finding);
        }
        int tests = report.facts().size();
        int failures = report.unresolved().size();
        String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\"";
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.print("<testsuites name=\"crosscheck\"" + counts + ">\n");
        out.print("  <testsuite name=\"crosscheck\"" + counts
                + report.timestamp().map(t -> " timestamp=\"" + attribute(t) + "\"").orElse("") + ">\n");
        for (Fact fact : report.facts()) {
            writeCase(report, fact, byFact.get(fact.id()), out);
        }
        out.print("  </testsuite>\n");
        out.print("</testsuites>\n");
        out.flush();
    }

    private static void writeCase(ReportData report, Fact fact, List<Finding> findings, PrintWriter out) {
        String classname = "crosscheck." + fact.measure().map(m -> m.replace('.', '_')).orElse("facts");
        String open = "    <testcase classname=\"" + attribute(classname) + "\" name=\""
                + attribute(fact.label() + " [" + fact.id() + "]") + "\" time=\"0\"";
        List<Finding> failing = findings.stream().filter(f -> report.resolution(f.id()).isEmpty()).toList();
        List<Finding> resolved = findings.stream().filter(f -> report.resolution(f.id()).isPresent()).toList();
        if (failing.isEmpty() && resolved.isEmpty()) {
            out.print(open + "/>\n");
            return;
        }
        out.print(open + ">\n");
        for (Finding finding : failing) {
            out.print("      <failure type=\"" + attribute(finding.kind().id()) + "\" message=\"" + attribute(finding.message()) + "\">");
            out.print(text(body(report, finding)));
            out.print("</failure>\n");
        }
        if (!resolved.isEmpty()) {
            StringBuilder note = new StringBuilder();
            for (Finding finding : resolved) {
                Resolution r = report.resolution(finding.id()).orElseThrow();
                note.append("resolved ").append(finding.kind().id()).append(' ').append(finding.id()).append(" (")
                        .append(r.status().id()).append("): ").append(r.note()).append('\n');
            }
            out.print("      <system-out>" + text(note.toString()) + "</system-out>\n");
        }
        out.print("    </testcase>\n");
    }

    /** What a CI page shows for a failure: severity and id, the arithmetic, then each claim's location and sentence. */
    private static String body(ReportData report, Finding finding) {
        StringBuilder body = new StringBuilder();
        body.append(finding.severity().id()).append(' ').append(finding.kind().id()).append(finding.internal() ? " (internal)" : "")
                .append(' ').append(finding.id()).append(": ").append(finding.message()).append('\n');
        body.append(finding.explanation()).append('\n');
        for (Claim claim : report.claimsOf(finding)) {
            Evidence.Marked marked = Evidence.marked(claim);
            body.append(report.location(claim.sourceId())).append(':').append(claim.span().line()).append(':')
                    .append(claim.span().column()).append("  ").append(marked.before()).append("[[").append(marked.figure())
                    .append("]]").append(marked.after()).append('\n');
        }
        return body.toString();
    }

    /**
     * Text as XML 1.0 character data: markup characters escaped, characters XML 1.0 forbids (most
     * C0 controls, unpaired surrogates, U+FFFE, U+FFFF) dropped.
     */
    static String text(String value) {
        return StringEscapeUtils.escapeXml10(value);
    }

    /** Text as an attribute value: as {@link #text}, with line ends and tabs as character references so they survive attribute normalisation. */
    static String attribute(String value) {
        return text(value).replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }
}
