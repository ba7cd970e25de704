package org.crosscheck.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.ResolutionStatus;
import org.crosscheck.model.Severity;
import org.crosscheck.model.SourceDoc;

/**
 * The report for editors as one self-contained HTML page: a summary, filters by kind, severity and
 * status, and each finding with its claims side by side, its explanation and its resolution (or the
 * command that records one).
 *
 * <p>The page fetches nothing: its style and its one script are inline, and a Content-Security-Policy
 * allows only that script (by its SHA-256) and inline style, so markup smuggled in by a corpus could
 * not run even if it escaped. All corpus text is escaped for its context; only http and https URLs
 * become links. Without script every finding is shown and the filters stay hidden. The same data
 * gives the same bytes: no clock, enum and list order only.
 */
public final class HtmlReport implements Reporter {

    /** The page's only script: shows the filters and hides the findings they leave out. Its hash is in the CSP. */
    static final String SCRIPT = """
            (function () {
              "use strict";
              var form = document.getElementById("filters");
              var shown = document.getElementById("shown");
              var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
              var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
              function apply() {
                var off = {};
                boxes.forEach(function (box) { if (!box.checked) { off[box.name + "=" + box.value] = true; } });
                var count = 0;
                findings.forEach(function (f) {
                  var hide = off["kind=" + f.dataset.kind] || off["severity=" + f.dataset.severity] || off["status=" + f.dataset.status];
                  f.hidden = !!hide;
                  if (!hide) { count++; }
                });
                shown.textContent = count + " of " + findings.length + " findings shown";
              }
              form.addEventListener("change", apply);
              form.hidden = false;
              apply();
              document.body.setAttribute("data-filters", "ready");
            })();
            """;

    /** The policy in the page's meta tag: nothing may load; inline style, and only our script by its hash. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
            + sha256Base64(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final String STYLE = """
            :root { --ink: #1d232b; --muted: #5c6773; --line: #d9dee4; --paper: #ffffff; --back: #f4f6f8;
              --error: #b42318; --error-bg: #fdecea; --warning: #9a5b00; --warning-bg: #fff4e0;
              --info: #175cd3; --info-bg: #e8f0fd; --ok: #067647; --ok-bg: #e6f6ee; --mark: #ffe58a; }
            * { box-sizing: border-box; }
            [hidden] { display: none !important; }
            body { margin: 0; background: var(--back); color: var(--ink);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1240px; margin: 0 auto; padding: 24px 24px 48px; }
            h1 { font-size: 1.6rem; margin: 0 0 4px; }
            h2 { font-size: 1.15rem; margin: 32px 0 12px; }
            h3 { font-size: 1.05rem; margin: 0; }
            code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .88em; }
            a { color: #0b57d0; }
            .sub { color: var(--muted); margin: 0; }
            .panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
            .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 16px; margin-top: 20px; }
            .summary h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 8px; }
            .summary table { border-collapse: collapse; width: 100%; }
            .summary td { padding: 2px 0; }
            .summary td.n { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
            .summary tr.zero { color: var(--muted); }
            .summary tr.zero td.n { font-weight: 400; }
            .filters { margin-top: 16px; display: flex; flex-wrap: wrap; gap: 8px 28px; align-items: center; }
            .filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; }
            .filters legend { float: left; font-weight: 600; margin-right: 10px; }
            .filters label { white-space: nowrap; cursor: pointer; }
            #shown { color: var(--muted); margin-left: auto; }
            .finding { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--muted);
              border-radius: 8px; padding: 16px 20px; margin: 0 0 20px; }
            .finding.severity-error { border-left-color: var(--error); }
            .finding.severity-warning { border-left-color: var(--warning); }
            .finding.severity-info { border-left-color: var(--info); }
            .finding.status-resolved { border-left-color: var(--ok); }
            .finding header { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; }
            .finding header .id { margin-left: auto; color: var(--muted); }
            .badge { display: inline-block; border-radius: 999px; padding: 0 9px; font-size: .8rem; font-weight: 600;
              border: 1px solid currentColor; white-space: nowrap; }
            .badge.error { color: var(--error); background: var(--error-bg); }
            .badge.warning { color: var(--warning); background: var(--warning-bg); }
            .badge.info { color: var(--info); background: var(--info-bg); }
            .badge.kind, .badge.internal { color: var(--ink); background: var(--back); border-color: var(--line); }
            .badge.resolved { color: var(--ok); background: var(--ok-bg); }
            .badge.unresolved { color: var(--muted); background: var(--paper); border-color: var(--line); }
            .message { font-weight: 600; margin: 10px 0 12px; }
            .claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; }
            .claim { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; background: #fbfcfd;
              display: flex; flex-direction: column; gap: 6px; min-width: 0; }
            .claim .title { font-weight: 600; overflow-wrap: anywhere; }
            .claim .meta { color: var(--muted); font-size: .86rem; margin: 0; overflow-wrap: anywhere; }
            .claim .figure { font-size: .9rem; margin: 0; }
            .claim blockquote { margin: 2px 0 0; padding: 6px 10px; border-left: 3px solid var(--line); background: var(--paper);
              overflow-wrap: anywhere; }
            mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 2px; font-weight: 600; }
            .why { margin: 14px 0 0; padding: 10px 14px; background: var(--back); border-radius: 6px; font-size: .92rem; }
            .why strong, .resolution strong, .resolve strong { display: block; font-size: .8rem; text-transform: uppercase;
              letter-spacing: .05em; color: var(--muted); }
            .resolution { margin: 12px 0 0; padding: 10px 14px; background: var(--ok-bg); border-radius: 6px; }
            .resolution dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 4px 0 0; }
            .resolution dt { color: var(--muted); }
            .resolution dd { margin: 0; overflow-wrap: anywhere; }
            .resolve { margin: 12px 0 0; }
            .resolve pre { margin: 4px 0 0; padding: 8px 12px; background: #1d232b; color: #f4f6f8; border-radius: 6px;
              white-space: pre-wrap; overflow-wrap: anywhere; user-select: all; }
            .none { color: var(--muted); }
            table.facts { border-collapse: collapse; width: 100%; background: var(--paper); }
            table.facts th, table.facts td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
            table.facts .n { text-align: right; font-variant-numeric: tabular-nums; }
            table.facts + .sub { margin-top: 8px; }
            footer { color: var(--muted); font-size: .85rem; margin-top: 32px; }
            @media print { .filters { display: none !important; } .finding { break-inside: avoid; } }
            """;

    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\\p{Cntrl}\"'<>`\\\\]+", Pattern.CASE_INSENSITIVE);

    private final String version;

    /** @param version crosscheck's version, named in the page's footer */
    public HtmlReport(String version) {
        this.version = version;
    }

    @Override
    public void write(ReportData report, PrintWriter out) {
        Html html = new Html();
        List<Finding> findings = report.findings();
        int unresolved = report.unresolved().size();
        String title = "crosscheck report — " + count(findings.size(), "finding") + ", " + unresolved + " unresolved";

        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").attr(CONTENT_SECURITY_POLICY).raw("\">\n");
        html.raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.raw("<meta name=\"generator\" content=\"crosscheck ").attr(version).raw("\">\n");
        html.raw("<title>").text(title).raw("</title>\n");
        html.raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n<main>\n");

        html.raw("<h1>crosscheck report</h1>\n<p class=\"sub\">Corpus <code>").text(report.corpus()).raw("</code> · ")
                .text(count(report.sources().size(), "source") + ", " + count(report.claims().size(), "claim") + ", "
                        + count(report.facts().size(), "fact") + ", " + count(findings.size(), "finding") + ", " + unresolved + " unresolved")
                .raw("</p>\n");
        writeSummary(html, report);
        writeFilters(html, report);

        html.raw("<h2 id=\"findings\">Findings</h2>\n");
        if (findings.isEmpty()) {
            html.raw("<p class=\"none\">No finding: the sources agree on every figure stated more than once.</p>\n");
        }
        for (Finding finding : findings) {
            writeFinding(html, report, finding);
        }
        writeStale(html, report);
        writeFacts(html, report);

        html.raw("<footer>Generated by crosscheck ").text(version);
        report.timestamp().ifPresent(t -> html.raw(" at ").text(t));
        html.raw(". This page loads nothing from the network.</footer>\n</main>\n");
        html.raw("<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
        out.print(html);
        out.flush();
    }

    private static void writeSummary(Html html, ReportData report) {
        List<Finding> findings = report.findings();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<FindingKind, Integer> byKind = new EnumMap<>(FindingKind.class);
        findings.forEach(f -> {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byKind.merge(f.kind(), 1, Integer::sum);
        });
        int unresolved = report.unresolved().size();
        html.raw("<section class=\"summary\" aria-label=\"Summary\">\n");
        html.raw("<div class=\"panel\"><h2>Severity</h2><table>\n");
        for (Severity severity : Severity.values()) {
            summaryRow(html, severity.id(), bySeverity.getOrDefault(severity, 0));
        }
        html.raw("</table></div>\n<div class=\"panel\"><h2>Kind</h2><table>\n");
        for (FindingKind kind : FindingKind.values()) {
            summaryRow(html, kind.id(), byKind.getOrDefault(kind, 0));
        }
        html.raw("</table></div>\n<div class=\"panel\"><h2>Status</h2><table>\n");
        summaryRow(html, "unresolved", unresolved);
        summaryRow(html, "resolved", findings.size() - unresolved);
        summaryRow(html, "stale resolutions", report.stale().size());
        html.raw("</table></div>\n</section>\n");
    }

    private static void summaryRow(Html html, String label, int n) {
        html.raw(n == 0 ? "<tr class=\"zero\">" : "<tr>").raw("<td>").text(label).raw("</td><td class=\"n\">")
                .text(Integer.toString(n)).raw("</td></tr>\n");
    }

    /** Checkboxes for the values that occur, hidden until the script shows them. */
    private static void writeFilters(Html html, ReportData report) {
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            html.raw("<form id=\"filters\" hidden></form><p id=\"shown\" hidden></p>\n");
            return;
        }
        html.raw("<form id=\"filters\" class=\"filters panel\" hidden>\n");
        List<String> kinds = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            if (findings.stream().anyMatch(f -> f.kind() == kind)) {
                kinds.add(kind.id());
            }
        }
        filterGroup(html, "Kind", "kind", kinds);
        List<String> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (findings.stream().anyMatch(f -> f.severity() == severity)) {
                severities.add(severity.id());
            }
        }
        filterGroup(html, "Severity", "severity", severities);
        filterGroup(html, "Status", "status", List.of("unresolved", "resolved"));
        html.raw("<span id=\"shown\" aria-live=\"polite\"></span>\n</form>\n");
    }

    private static void filterGroup(Html html, String legend, String name, List<String> values) {
        html.raw("<fieldset><legend>").text(legend).raw("</legend>");
        for (String value : values) {
            html.raw("<label><input type=\"checkbox\" name=\"").attr(name).raw("\" value=\"").attr(value).raw("\" checked> ")
                    .text(value).raw("</label>");
        }
        html.raw("</fieldset>\n");
    }

    private static void writeFinding(Html html, ReportData report, Finding finding) {
        Optional<Resolution> resolution = report.resolution(finding.id());
        String status = resolution.isPresent() ? "resolved" : "unresolved";
        html.raw("<article class=\"finding severity-").attr(finding.severity().id()).raw(" status-").attr(status)
                .raw("\" id=\"").attr(finding.id())
                .raw("\" data-kind=\"").attr(finding.kind().id())
                .raw("\" data-severity=\"").attr(finding.severity().id())
                .raw("\" data-status=\"").attr(status).raw("\">\n");
        html.raw("<header><span class=\"badge ").attr(finding.severity().id()).raw("\">").text(finding.severity().id()).raw("</span>")
                .raw("<span class=\"badge kind\">").text(finding.kind().id()).raw("</span>");
        if (finding.internal()) {
            html.raw("<span class=\"badge internal\" title=\"all claims come from one source\">internal</span>");
        }
        html.raw("<span class=\"badge ").attr(status).raw("\">").text(resolution.map(r -> "resolved: " + r.status().id()).orElse(status))
                .raw("</span>");
        html.raw("<h3>").text(factLabel(report, finding.fact())).raw("</h3>");
        html.raw("<code class=\"id\">").text(finding.id()).raw("</code></header>\n");
        html.raw("<p class=\"message\">").text(finding.message()).raw("</p>\n");

        html.raw("<div class=\"claims\">\n");
        for (String claimId : claimIdsInOrder(report, finding)) {
            writeClaim(html, report, claimId, report.claim(claimId));
        }
        html.raw("</div>\n");
        html.raw("<p class=\"why\"><strong>Why</strong>").text(finding.explanation()).raw("</p>\n");

        if (resolution.isPresent()) {
            Resolution r = resolution.get();
            html.raw("<div class=\"resolution\"><strong>Resolution</strong><dl>");
            definition(html, "status", r.status().id());
            definition(html, "note", r.note());
            r.value().ifPresent(v -> definition(html, "correct value", v));
            r.by().ifPresent(b -> definition(html, "by", b));
            r.date().ifPresent(d -> definition(html, "date", d));
            html.raw("</dl></div>\n");
        } else {
            html.raw("<div class=\"resolve\"><strong>To resolve</strong><pre><code>").text(resolveCommand(finding.id()))
                    .raw("</code></pre></div>\n");
        }
        html.raw("</article>\n");
    }

    /** The command an editor runs to record a decision on a finding. */
    static String resolveCommand(String findingId) {
        StringBuilder statuses = new StringBuilder();
        for (ResolutionStatus status : ResolutionStatus.values()) {
            statuses.append(statuses.length() == 0 ? "" : "|").append(status.id());
        }
        return "crosscheck resolve " + findingId + " --as " + statuses + " --note \"…\"";
    }

    private static void definition(Html html, String term, String value) {
        html.raw("<dt>").text(term).raw("</dt><dd>").text(value).raw("</dd>");
    }

    /** The finding's claim ids in order of source and position, as {@link ReportData#claimsOf} orders the claims. */
    private static List<String> claimIdsInOrder(ReportData report, Finding finding) {
        return finding.claims().stream()
                .sorted(Comparator.comparing((String id) -> report.claim(id).sourceId())
                        .thenComparingInt(id -> report.claim(id).span().start())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static void writeClaim(Html html, ReportData report, String claimId, Claim claim) {
        Optional<SourceDoc> source = report.source(claim.sourceId());
        html.raw("<section class=\"claim\">\n<div class=\"title\">");
        String title = source.map(SourceDoc::title).filter(t -> !t.isBlank()).orElse(claim.sourceId());
        Optional<String> url = source.flatMap(SourceDoc::url);
        Optional<String> link = url.map(String::strip).filter(u -> WEB_URL.matcher(u).matches());
        if (link.isPresent()) {
            html.raw("<a href=\"").attr(link.get()).raw("\" rel=\"noopener noreferrer\" target=\"_blank\">").text(title).raw("</a>");
        } else {
            html.text(title);
        }
        html.raw("</div>\n<p class=\"meta\">");
        List<String> about = new ArrayList<>();
        source.flatMap(SourceDoc::publisher).ifPresent(about::add);
        source.flatMap(SourceDoc::published).ifPresent(p -> about.add(p.toString()));
        html.text(about.isEmpty() ? "publisher and date unknown" : String.join(" · ", about));
        if (url.isPresent() && link.isEmpty()) {
            html.raw("<br>URL (not linked): <span class=\"mono\">").text(url.get()).raw("</span>");
        }
        html.raw("<br><span class=\"mono\">").text(report.location(claim.sourceId()) + ":" + claim.span().line() + ":" + claim.span().column())
                .raw("</span></p>\n");
        Quantity quantity = claim.quantity();
        String qualifier = quantity.qualifier() == Qualifier.EXACT ? "" : quantity.qualifier().id() + " ";
        html.raw("<p class=\"figure\"><strong>").text(qualifier + format(quantity.stated()) + unit(quantity.unit())).raw("</strong> ")
                .text("(" + format(quantity.low()) + "–" + format(quantity.high()) + ")");
        claim.normalized().filter(n -> !n.unit().equals(quantity.unit()))
                .ifPresent(n -> html.text(" ≈ " + format(round(n.low())) + "–" + format(round(n.high())) + unit(n.unit())));
        html.raw("<br><span class=\"meta\">").text("status " + claim.status().id() + " · "
                + claim.time().map(t -> "time " + t.value() + " (" + t.basis().id() + ")").orElse("no date")
                + claim.attribution().map(a -> " · according to " + a).orElse("") + " · claim " + claimId)
                .raw("</span></p>\n");
        Evidence.Marked marked = Evidence.marked(claim);
        html.raw("<blockquote");
        source.map(SourceDoc::language).filter(l -> !l.isBlank()).ifPresent(l -> html.raw(" lang=\"").attr(l).raw("\""));
        html.raw(">").text(marked.before()).raw("<mark>").text(marked.figure()).raw("</mark>").text(marked.after())
                .raw("</blockquote>\n</section>\n");
    }

    private static void writeStale(Html html, ReportData report) {
        if (report.stale().isEmpty()) {
            return;
        }
        html.raw("<h2 id=\"stale\">Stale resolutions</h2>\n<div class=\"panel\"><p class=\"sub\">")
                .text("These entries of the resolutions file name findings that no longer exist.").raw("</p><ul>\n");
        for (Resolution r : report.stale()) {
            html.raw("<li><code>").text(r.finding()).raw("</code> ").text("(line " + r.line() + ", " + r.status().id() + "): " + r.note())
                    .raw("</li>\n");
        }
        html.raw("</ul></div>\n");
    }

    private static void writeFacts(Html html, ReportData report) {
        List<ReportData.SharedFact> shared = report.factsStatedMoreThanOnce();
        html.raw("<h2 id=\"facts\">Facts stated more than once (").text(Integer.toString(shared.size())).raw(")</h2>\n");
        if (shared.isEmpty()) {
            html.raw("<p class=\"none\">None.</p>\n");
            return;
        }
        html.raw("<table class=\"facts panel\"><thead><tr><th>Fact</th><th class=\"n\">Claims</th><th class=\"n\">Sources</th><th>Id</th></tr></thead><tbody>\n");
        for (ReportData.SharedFact stated : shared) {
            Fact fact = stated.fact();
            long sources = stated.sources();
            html.raw("<tr><td>").text(fact.label()).raw("</td><td class=\"n\">").text(Integer.toString(fact.claims().size()))
                    .raw("</td><td class=\"n\">").text(Long.toString(sources)).raw("</td><td><code>").text(fact.id())
                    .raw("</code></td></tr>\n");
        }
        html.raw("</tbody></table>\n<p class=\"sub\">").text((report.facts().size() - shared.size())
                + " facts are stated once; --format json lists every claim and fact.").raw("</p>\n");
    }

    private static String factLabel(ReportData report, String factId) {
        return report.factHead(factId).map(Fact.Head::label).orElse(factId);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String unit(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }

    /** A converted amount to four significant digits, as the explanations state them. */
    private static BigDecimal round(BigDecimal value) {
        return value.round(new MathContext(4, RoundingMode.HALF_EVEN));
    }

    private static String format(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    static String sha256Base64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A page under construction: {@code raw} for our own markup, {@code text} and {@code attr} for everything else. */
    private static final class Html {

        private final StringBuilder out = new StringBuilder(64 * 1024);

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        /** Text content: {@code & < > " '} as references, and characters HTML forbids replaced. */
        Html text(String text) {
            escape(text);
            return this;
        }

        /** A double-quoted attribute value; the same escaping as text. */
        Html attr(String value) {
            escape(value);
            return this;
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    case '\t', '\n', '\r' -> out.append(c == '\r' ? '\n' : c);
                    default -> out.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
                }
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
