package org.crosscheck.report;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.SourceDoc;

/**
 * The report for a terminal: findings grouped by severity, each with its claims (source, line,
 * time, status and the sentence with the figure marked) and its explanation; then the facts that
 * more than one claim states.
 */
public final class TextReport {

    /** How much of a sentence is shown on each side of the figure. */
    private static final int CONTEXT = 90;

    public void write(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<Fact> facts,
                      List<Finding> findings, PrintWriter out) {
        Map<String, Claim> claimById = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            claimById.put(claimIds.get(i), claims.get(i));
        }
        Map<String, Fact> factById = new HashMap<>();
        facts.forEach(f -> factById.put(f.id(), f));
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        out.println("crosscheck report: " + sources.size() + " sources, " + claims.size() + " claims, " + facts.size()
                + " facts, " + findings.size() + (findings.size() == 1 ? " finding" : " findings")
                + (findings.isEmpty() ? "" : " (" + bySeverity.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", ")) + ")"));
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println("== " + severity.id() + " (" + group.size() + ") ==");
            for (Finding finding : group) {
                out.println();
                out.println("[" + finding.kind().id() + (finding.internal() ? ", internal" : "") + "] "
                        + factById.get(finding.fact()).label() + "  " + finding.id());
                out.println("  " + finding.message());
                finding.claims().stream().map(claimById::get)
                        .sorted(Comparator.comparing(Claim::sourceId).thenComparingInt(c -> c.span().start()))
                        .forEach(claim -> writeClaim(claim, out));
                out.println("  why: " + finding.explanation());
            }
        }
        List<Fact> shared = facts.stream().filter(f -> f.claims().size() > 1).toList();
        out.println();
        out.println("== facts stated more than once (" + shared.size() + ") ==");
        for (Fact fact : shared) {
            long sourceCount = fact.claims().stream().map(c -> claimById.get(c).sourceId()).distinct().count();
            out.println("  " + fact.label() + ": " + fact.claims().size() + " claims in " + sourceCount
                    + (sourceCount == 1 ? " source" : " sources") + "  " + fact.id());
        }
        out.println();
        out.println((facts.size() - shared.size()) + " facts are stated once; --format json lists every claim and fact.");
        out.flush();
    }

    private static void writeClaim(Claim claim, PrintWriter out) {
        String time = claim.time().map(t -> t.value() + " " + t.basis().id()).orElse("no date");
        out.println("  - " + claim.sourceId() + ":" + claim.span().line() + ":" + claim.span().column()
                + "  (" + time + ", " + claim.status().id() + ")");
        out.println("      " + marked(claim));
    }

    /** The sentence around the figure, with the figure between [[ and ]] and long sides cut with an ellipsis. */
    static String marked(Claim claim) {
        String sentence = claim.sentence().replaceAll("\\s+", " ").strip();
        String text = claim.text().replaceAll("\\s+", " ");
        int at = sentence.indexOf(text);
        if (at < 0) {
            return "[[" + text + "]]";
        }
        String before = sentence.substring(0, at);
        String after = sentence.substring(at + text.length());
        if (before.length() > CONTEXT) {
            before = "…" + before.substring(before.length() - CONTEXT);
        }
        if (after.length() > CONTEXT) {
            after = after.substring(0, CONTEXT) + "…";
        }
        return before + "[[" + text + "]]" + after;
    }
}
