package org.crosscheck.report;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.Severity;

/**
 * The report for a terminal: findings grouped by severity, each with its claims (source, line,
 * time, status and the sentence with the figure marked), its explanation and an editor's
 * resolution; then the facts that more than one claim states. Colour only when asked for (on a
 * terminal without NO_COLOR); without it the figure is marked with [[ ]].
 */
public final class TextReport implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final Map<Severity, String> SEVERITY_COLOURS = Map.of(
            Severity.ERROR, "\u001b[31m", Severity.WARNING, "\u001b[33m", Severity.INFO, "\u001b[36m");
    private static final String FIGURE_COLOUR = "\u001b[1;4m";

    private final boolean colour;

    /** @param colour whether to use ANSI colours */
    public TextReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(ReportData report, PrintWriter out) {
        List<Finding> findings = report.findings();
        out.println("crosscheck report: " + Summary.line(report));
        report.timestamp().ifPresent(t -> out.println("generated " + t));
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println(paint(SEVERITY_COLOURS.get(severity) + BOLD, "== " + severity.id() + " (" + group.size() + ") =="));
            for (Finding finding : group) {
                out.println();
                writeFinding(report, finding, out);
            }
        }
        if (!report.stale().isEmpty()) {
            out.println();
            out.println("== stale resolutions (" + report.stale().size() + ") ==");
            report.stale().forEach(r -> out.println("  " + r.finding() + " (line " + r.line() + "): no such finding any more"));
        }
        List<ReportData.SharedFact> shared = report.factsStatedMoreThanOnce();
        out.println();
        out.println("== facts stated more than once (" + shared.size() + ") ==");
        for (ReportData.SharedFact stated : shared) {
            Fact fact = stated.fact();
            long sourceCount = stated.sources();
            out.println("  " + fact.label() + ": " + fact.claims().size() + " claims in " + sourceCount
                    + (sourceCount == 1 ? " source" : " sources") + "  " + fact.id());
        }
        out.println();
        out.println((report.facts().size() - shared.size()) + " facts are stated once; --format json lists every claim and fact.");
        out.flush();
    }

    /** One finding in full: heading, message, claims, explanation and resolution. */
    public void writeFinding(ReportData report, Finding finding, PrintWriter out) {
        Optional<Resolution> resolution = report.resolution(finding.id());
        out.println(paint(SEVERITY_COLOURS.get(finding.severity()), "[" + finding.kind().id() + (finding.internal() ? ", internal" : "") + "]")
                + " " + paint(BOLD, report.factHead(finding.fact()).map(Fact.Head::label).orElse(finding.fact())) + "  " + paint(DIM, finding.id())
                + resolution.map(r -> "  " + paint(BOLD, "RESOLVED: " + r.status().id())).orElse(""));
        out.println("  " + finding.message());
        for (Claim claim : report.claimsOf(finding)) {
            String time = claim.time().map(t -> t.value() + " " + t.basis().id()).orElse("no date");
            out.println("  - " + report.location(claim.sourceId()) + ":" + claim.span().line() + ":" + claim.span().column()
                    + "  (" + time + ", " + claim.status().id() + ")");
            Evidence.Marked marked = Evidence.marked(claim);
            out.println("      " + marked.before() + (colour ? paint(FIGURE_COLOUR, marked.figure()) : "[[" + marked.figure() + "]]")
                    + marked.after());
        }
        out.println("  why: " + finding.explanation());
        resolution.ifPresent(r -> out.println("  resolved: " + r.status().id() + r.value().map(v -> ", correct value " + v).orElse("")
                + r.by().map(b -> ", by " + b).orElse("") + r.date().map(d -> ", " + d).orElse("") + ": " + r.note()));
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    /** The counts of a report in one line: "5 sources, 69 claims, 53 facts, 4 findings (3 warning, 1 info), 4 unresolved". */
    static final class Summary {

        private Summary() {
        }

        static String line(ReportData report) {
            List<Finding> findings = report.findings();
            Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
            findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
            return report.sources().size() + " sources, " + report.claims().size() + " claims, " + report.facts().size()
                    + " facts, " + findings.size() + (findings.size() == 1 ? " finding" : " findings")
                    + (findings.isEmpty() ? "" : " (" + bySeverity.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", ")) + ")")
                    + ", " + report.unresolved().size() + " unresolved";
        }
    }
}
