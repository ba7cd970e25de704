package org.crosscheck.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.Severity;

/**
 * The report as GitHub-flavoured Markdown, fit for a pull-request comment: a summary line, then the
 * findings grouped by severity, each with its claims side by side in a table (location, date,
 * status, the sentence with the figure in bold), its explanation and an editor's resolution.
 * Every piece of corpus or rule text goes through {@link #escape}, so it can neither break a table
 * nor inject HTML, links or emphasis.
 */
public final class MarkdownReport implements Reporter {

    @Override
    public void write(ReportData report, PrintWriter out) {
        out.println("## crosscheck report");
        out.println();
        out.println("**" + escape(TextReport.Summary.line(report)) + "**");
        report.timestamp().ifPresent(t -> {
            out.println();
            out.println("Generated " + escape(t) + ".");
        });
        if (report.findings().isEmpty()) {
            out.println();
            out.println("No source disagrees with another on a figure.");
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = report.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println("### " + heading(severity) + " (" + group.size() + ")");
            for (Finding finding : group) {
                out.println();
                writeFinding(report, finding, out);
            }
        }
        if (!report.stale().isEmpty()) {
            out.println();
            out.println("### Stale resolutions (" + report.stale().size() + ")");
            out.println();
            report.stale().forEach(r -> out.println("- " + escape(r.finding()) + " (line " + r.line() + "): no such finding any more"));
        }
        out.flush();
    }

    private static void writeFinding(ReportData report, Finding finding, PrintWriter out) {
        Optional<Resolution> resolution = report.resolution(finding.id());
        out.println("#### " + escape(finding.kind().id()) + (finding.internal() ? " (internal)" : "") + ": "
                + escape(report.factHead(finding.fact()).map(Fact.Head::label).orElse(finding.fact()))
                + resolution.map(r -> " — resolved (" + escape(r.status().id()) + ")").orElse(""));
        out.println();
        out.println("Finding " + escape(finding.id()) + ": " + escape(finding.message()));
        out.println();
        out.println("| Source | Date | Status | Quote |");
        out.println("| --- | --- | --- | --- |");
        for (Claim claim : report.claimsOf(finding)) {
            String time = claim.time().map(t -> t.value() + " (" + t.basis().id() + ")").orElse("no date");
            Evidence.Marked marked = Evidence.marked(claim);
            out.println("| " + escape(report.location(claim.sourceId()) + ":" + claim.span().line())
                    + " | " + escape(time)
                    + " | " + escape(claim.status().id())
                    + " | " + escape(marked.before()) + bold(marked.figure()) + escape(marked.after()) + " |");
        }
        out.println();
        out.println("**Why:** " + escape(finding.explanation()));
        resolution.ifPresent(r -> {
            out.println();
            out.println("**Resolved:** " + escape(r.status().id() + r.value().map(v -> ", correct value " + v).orElse("")
                    + r.by().map(b -> ", by " + b).orElse("") + r.date().map(d -> ", " + d).orElse("") + ": " + r.note()));
        });
    }

    private static String heading(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    /** The figure in bold; spaces at its ends stay outside the asterisks, where emphasis needs them. */
    private static String bold(String figure) {
        String core = figure.strip();
        if (core.isEmpty()) {
            return escape(figure);
        }
        int lead = figure.indexOf(core);
        return escape(figure.substring(0, lead)) + "**" + escape(core) + "**" + escape(figure.substring(lead + core.length()));
    }

    /**
     * Text as literal Markdown inside a table cell or a paragraph: whitespace runs (line ends
     * included) fold to one space; '&', '<' and '>' become entities, so no HTML gets through; Markdown
     * punctuation (pipes, backticks, emphasis, strike-through, link brackets, math dollars, headings) is backslash-escaped.
     */
    static String escape(String text) {
        String folded = text.replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(folded.length() + 16);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '|', '[', ']', '~', '$', '#' -> out.append('\\').append(c);
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
