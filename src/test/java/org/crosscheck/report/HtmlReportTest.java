package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimIds;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.ResolutionStatus;
import org.crosscheck.model.Severity;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.SourceFormat;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report escapes every piece of corpus text, links only web URLs, and runs only its own script. */
class HtmlReportTest {

    private static final String SCRIPT_TAG = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAK = "\"><img src=x onerror=alert(1)>";
    private static final String JS_URL = "javascript:alert(1)";
    private static final String TITLE_SCRIPT = "<script>document.title='pwned'</script>";
    private static final String APPEND_HANDLER = "<img src=x onerror=\"document.body.append('pwned')\">";
    private static final String PWNED_ELEMENT = "<b id=\"pwned\">pwned</b>";
    private static final String ALL_PAYLOADS = SCRIPT_TAG + " " + ATTRIBUTE_BREAK + " " + JS_URL + " " + TITLE_SCRIPT + " "
            + APPEND_HANDLER + " " + PWNED_ELEMENT;

    /** Two sources whose metadata, sentences, messages and resolution notes carry script payloads. */
    private static ReportData hostileReport() {
        SourceDoc evil = new SourceDoc("evil.md", "Title " + ALL_PAYLOADS, Optional.of("Publisher " + ATTRIBUTE_BREAK),
                Optional.of(JS_URL), Optional.of(PartialDate.parse("2021-02")), "fr", false, SourceFormat.TEXT, "0");
        SourceDoc quoted = new SourceDoc("quoted.md", "Quoted " + SCRIPT_TAG, Optional.empty(),
                Optional.of("https://example.org/a?b=1&c=" + ATTRIBUTE_BREAK), Optional.empty(), "en", false, SourceFormat.TEXT, "1");
        SourceDoc plain = new SourceDoc("plain.md", "A plain article", Optional.of("Le Journal"),
                Optional.of("https://example.org/plain?x=1&y=2"), Optional.of(PartialDate.parse("2021-03-04")), "fr", false, SourceFormat.TEXT, "2");
        Claim a = claim("evil.md", "250 000 euros", "Une amende de 250 000 euros " + ALL_PAYLOADS + " a été infligée.", "250000");
        Claim b = claim("plain.md", "290 000 $", "Une amende de 290 000 $ a été infligée.", "290000");
        Claim c = claim("quoted.md", "1 000 euros", ALL_PAYLOADS + " 1 000 euros", "1000");
        List<Claim> claims = List.of(a, b, c);
        List<String> ids = ClaimIds.of(claims);
        Fact fact = new Fact("f-1", "Fine " + SCRIPT_TAG, Optional.of("s"), Optional.of("fine"), Quantity.MONEY, ids);
        Finding conflict = new Finding("d-000000000001", FindingKind.CONFLICT, false, Severity.ERROR, "f-1", List.of(ids.get(0), ids.get(1)),
                "message " + ALL_PAYLOADS, "explanation " + ALL_PAYLOADS, Optional.of(new BigDecimal("0.1")));
        Finding conversion = new Finding("d-000000000002", FindingKind.CONVERSION, true, Severity.INFO, "f-1", List.of(ids.get(2)),
                "second " + SCRIPT_TAG, "why " + SCRIPT_TAG, Optional.empty());
        Resolution resolved = new Resolution("d-000000000002", ResolutionStatus.NOT_A_CONFLICT, "note " + ALL_PAYLOADS,
                Optional.of("value " + ATTRIBUTE_BREAK), Optional.of("by " + SCRIPT_TAG), Optional.of("2024-01-02"), 3);
        Resolution stale = new Resolution("d-gone " + SCRIPT_TAG, ResolutionStatus.CONFIRMED_ERROR, "stale " + ALL_PAYLOADS,
                Optional.empty(), Optional.empty(), Optional.empty(), 9);
        return new ReportData("corpus " + SCRIPT_TAG, List.of(evil, plain, quoted), claims, ids, List.of(fact), List.of(conflict, conversion),
                Map.of(resolved.finding(), resolved), List.of(stale), Optional.empty());
    }

    private static Claim claim(String source, String text, String sentence, String value) {
        BigDecimal stated = new BigDecimal(value);
        Quantity q = new Quantity(stated, stated, stated, Qualifier.EXACT, "EUR", Quantity.MONEY);
        int start = sentence.indexOf(text);
        return new Claim(source, new Span(start, start + text.length(), 2, start + 1), text, sentence, q,
                Optional.of(new Normalized(stated, stated, stated, "EUR", "")),
                Optional.of(new TimeRef(PartialDate.parse("2021-02"), TimeBasis.STATED)), Optional.of("s"), Optional.of("fine"),
                ClaimStatus.FINAL, Optional.empty(), List.of(), List.of());
    }

    private static String render(ReportData report) {
        StringWriter text = new StringWriter();
        new HtmlReport("1.2.3").write(report, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void corpusTextIsEscapedAndOnlyWebUrlsAreLinked() {
        String html = render(hostileReport());

        for (String payload : List.of(SCRIPT_TAG, ATTRIBUTE_BREAK, TITLE_SCRIPT, APPEND_HANDLER, PWNED_ELEMENT, "<img", "onerror=\"",
                "<b id")) {
            assertThat(html).as("raw payload %s", payload).doesNotContain(payload);
        }
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;");
        assertThat(Pattern.compile("href\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("an href to javascript:").isFalse();
        assertThat(html).contains("URL (not linked): <span class=\"mono\">javascript:alert(1)</span>");
        assertThat(html).contains("<a href=\"https://example.org/plain?x=1&amp;y=2\" rel=\"noopener noreferrer\" target=\"_blank\">A plain article</a>");
        assertThat(html).as("a URL with quotes and brackets is not linked")
                .contains("URL (not linked): <span class=\"mono\">https://example.org/a?b=1&amp;c=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</span>");

        assertThat(Pattern.compile("<script").matcher(html).results().count()).as("only our own script").isEqualTo(1);
        assertThat(html).doesNotContain(" onclick=").doesNotContain(" onload=").doesNotContain(" onchange=");
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("pwned")).isNull();
        assertThat(page.select("img, iframe, object, embed, link, base")).isEmpty();
        assertThat(page.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://"));
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("noopener noreferrer"));
        assertThat(page.select("mark").eachText()).containsExactly("250 000 euros", "290 000 $", "1 000 euros");
    }

    @Test
    void thePolicyAllowsExactlyTheInlineScriptByItsHash() {
        String html = render(hostileReport());
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        String hash = HtmlReport.sha256Base64(script.group(1));
        Document page = Jsoup.parse(html);
        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).isNotNull();
        assertThat(csp.attr("content")).startsWith("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash + "'; img-src data:");
        assertThat(page.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
        assertThat(html.indexOf("Content-Security-Policy")).as("the policy comes before any corpus text").isLessThan(html.indexOf("<title>"));
    }

    @Test
    void eachFindingCarriesItsFilterDataIdAndResolveCommandOrResolution() {
        Document page = Jsoup.parse(render(hostileReport()));
        Element conflict = page.getElementById("d-000000000001");
        assertThat(conflict.attr("data-kind")).isEqualTo("conflict");
        assertThat(conflict.attr("data-severity")).isEqualTo("error");
        assertThat(conflict.attr("data-status")).isEqualTo("unresolved");
        assertThat(conflict.select(".claim")).hasSize(2);
        assertThat(conflict.select(".resolve code").text())
                .isEqualTo("crosscheck resolve d-000000000001 --as confirmed-error|not-a-conflict|accepted-change --note \"…\"");
        assertThat(conflict.select("code.id").text()).isEqualTo("d-000000000001");
        assertThat(conflict.select(".why").text()).contains("explanation <script>alert(1)</script>");

        Element conversion = page.getElementById("d-000000000002");
        assertThat(conversion.attr("data-status")).isEqualTo("resolved");
        assertThat(conversion.select(".resolve")).isEmpty();
        assertThat(conversion.select(".resolution dd").eachText())
                .containsExactly("not-a-conflict", "note " + ALL_PAYLOADS, "value " + ATTRIBUTE_BREAK, "by " + SCRIPT_TAG, "2024-01-02");

        assertThat(page.select("#filters input[type=checkbox]").eachAttr("value"))
                .containsExactly("conflict", "conversion", "error", "info", "unresolved", "resolved");
        assertThat(page.getElementById("filters").hasAttr("hidden")).as("filters need the script").isTrue();
        assertThat(page.select("article.finding[hidden]")).as("without script every finding shows").isEmpty();
        assertThat(page.getElementById("stale").nextElementSibling().text()).contains("d-gone <script>alert(1)</script>");
    }

    @Test
    void theSameDataGivesTheSameBytesAndATimestampOnlyWhenAskedFor() {
        ReportData report = hostileReport();
        assertThat(render(report)).isEqualTo(render(hostileReport()));
        assertThat(render(report)).doesNotContain("Generated by crosscheck 1.2.3 at");
        ReportData stamped = new ReportData(report.corpus(), report.sources(), report.claims(), report.claimIds(), report.facts(),
                report.findings(), Map.of(), List.of(), Optional.of("2024-05-06T07:08:09Z"));
        assertThat(render(stamped)).contains("Generated by crosscheck 1.2.3 at 2024-05-06T07:08:09Z.");
    }

    @Test
    void anEmptyReportSaysSo() {
        ReportData empty = ReportData.of("corpus", List.of(), List.of(), List.of(), List.of(), List.of());
        String html = render(empty);
        assertThat(html).contains("No finding").contains("<script>");
        assertThat(Jsoup.parse(html).getElementById("shown")).isNotNull();
    }

    /** Renders the hostile page in headless Chromium: our script runs, none of the injected ones do, every finding shows. */
    @Test
    void inHeadlessChromiumOnlyOurScriptRuns(@TempDir Path dir) throws IOException, InterruptedException {
        Path chromium = chromium();
        String html = render(hostileReport());
        Path page = dir.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path dom = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom", page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 120 s: " + command);
        }
        String dumped = Files.readString(dom, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("chromium exit code; its log:%n%s", tail(log)).isZero();
        assertThat(dumped).as("dumped DOM; chromium log:%n%s", tail(log)).contains("</html>");

        Document after = Jsoup.parse(dumped);
        String expectedTitle = Jsoup.parse(html).title();
        assertThat(after.title()).isEqualTo(expectedTitle).doesNotContain("pwned");
        assertThat(after.body().attr("data-filters")).as("our filter script ran").isEqualTo("ready");
        assertThat(after.getElementById("filters").hasAttr("hidden")).as("our script showed the filters").isFalse();
        assertThat(after.getElementById("shown").text()).isEqualTo("2 of 2 findings shown");
        assertThat(after.getElementById("pwned")).isNull();
        assertThat(after.body().hasAttr("data-pwned")).isFalse();
        assertThat(after.select("img, iframe, object, embed")).isEmpty();
        assertThat(after.select("script")).hasSize(1);
        assertThat(after.body().childNodes()).filteredOn(TextNode.class::isInstance)
                .allSatisfy(n -> assertThat(((TextNode) n).text()).doesNotContain("pwned"));
        assertThat(after.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://"));
        for (Finding finding : hostileReport().findings()) {
            Element shown = after.getElementById(finding.id());
            assertThat(shown).as("finding %s in the DOM", finding.id()).isNotNull();
            assertThat(shown.hasAttr("hidden")).as("finding %s visible", finding.id()).isFalse();
            assertThat(shown.text()).contains(finding.id());
        }
    }

    /** Chromium from the PATH; its absence fails the test, as CI installs it. */
    private static Path chromium() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String folder : path.split(Pattern.quote(File.pathSeparator))) {
                if (folder.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return fail("no chromium or chromium-browser on the PATH; the HTML report's browser test needs headless Chromium. "
                + "Install Debian's chromium package: apt-get update && apt-get install -y --no-install-recommends chromium "
                + "(.ci/run installs it in CI)");
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
