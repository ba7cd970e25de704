package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.testing.DefaultCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @TempDir
    Path tmp;

    private Path corpus;

    /** What one run of the program printed and returned. */
    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void copyDefaultCorpus() throws IOException {
        corpus = DefaultCorpus.copyInto(tmp.resolve("corpus"));
    }

    private static Run run(Terminal terminal, String... args) {
        return runWithInput("", terminal, args);
    }

    private static Run runWithInput(String input, Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, terminal, new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(new Terminal(false, false), args);
    }

    @Test
    void indexPrintsWhatItDidAndNoProgressWhenStderrIsNotATerminal() {
        Run first = run("index", corpus.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("indexed   5 documents").contains("unchanged 0").contains("removed   0");
        assertThat(first.err()).isEmpty();
        Run second = run("index", corpus.toString());
        assertThat(second.out()).contains("indexed   0 documents").contains("unchanged 5");
    }

    @Test
    void progressGoesToStderrOnATerminal() throws IOException {
        for (int i = 0; i < 3; i++) {
            Files.writeString(corpus.resolve("extra-" + i + ".md"), "Une phrase de plus.");
        }
        Run run = run(new Terminal(true, false), "index", corpus.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("\r");
        assertThat(run.out()).doesNotContain("\r");
    }

    @Test
    void searchShowsFileLineAndTheSentenceWithMatchesMarked() {
        Run run = run("search", "amende", "police", "suédoise", "--corpus", corpus.toString(), "--limit", "3");
        assertThat(run.code()).isZero();
        String out = run.out().replace('\u00a0', ' ');
        assertThat(out).contains("290 000 $");
        assertThat(out).containsPattern("1\\. " + java.util.regex.Pattern.quote(corpus.toString()) + "/[^:]+\\.md:\\d+:\\d+  score \\d+\\.\\d\\d");
        assertThat(out).contains("**amende**").contains("**suédoise**");
        assertThat(out.lines().filter(line -> line.matches("\\d+\\. .*"))).hasSize(3);
    }

    @Test
    void searchUsesColourOnlyOnATerminal() {
        Run coloured = run(new Terminal(false, true), "search", "Garante", "--corpus", corpus.toString());
        assertThat(coloured.out()).contains("\033[1;33mGarante\033[0m");
        Run plain = run(new Terminal(false, false), "search", "Garante", "--corpus", corpus.toString());
        assertThat(plain.out()).doesNotContain("\033[").contains("**Garante**");
    }

    @Test
    void colourNeedsAStdoutTerminalAndNoNoColor() {
        Map<String, String> tty = Map.of("crosscheck.stdout.tty", "true", "crosscheck.stderr.tty", "true");
        assertThat(Terminal.detect(Map.of(), tty::get, false)).isEqualTo(new Terminal(true, true));
        assertThat(Terminal.detect(Map.of("NO_COLOR", "1"), tty::get, false)).isEqualTo(new Terminal(true, false));
        assertThat(Terminal.detect(Map.of("TERM", "dumb"), tty::get, false).colour()).isFalse();
        assertThat(Terminal.detect(Map.of(), Map.of("crosscheck.stdout.tty", "false")::get, true).colour()).isFalse();
    }

    @Test
    void withoutTheLauncherStdoutFollowsTheConsoleAndStderrIsNoTerminal() {
        assertThat(Terminal.detect(Map.of(), name -> null, true)).isEqualTo(new Terminal(false, true));
        assertThat(Terminal.detect(Map.of(), name -> null, false)).isEqualTo(new Terminal(false, false));
    }

    @Test
    void searchWithoutMatchesSaysSo() {
        Run run = run("search", "zzzyxq", "--corpus", corpus.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("no sentence matches: zzzyxq");
    }

    @Test
    void aMissingCorpusFolderIsAUsageError() {
        Run run = run("index", tmp.resolve("nope").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("corpus folder not found: " + tmp.resolve("nope"));
        Run search = run("search", "x", "--corpus", tmp.resolve("nope").toString());
        assertThat(search.code()).isEqualTo(2);
    }

    @Test
    void aFileGivenAsCorpusIsAUsageErrorThatSaysSo() throws IOException {
        Path file = Files.writeString(tmp.resolve("article.md"), "x");
        for (String command : List.of("index", "claims")) {
            Run run = run(command, file.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("corpus must be a folder, but " + file + " is a file");
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("search", "x", "--corpus", corpus.toString(), "--limit", "0").code()).isEqualTo(2);
        assertThat(run("index", "--no-such-option").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("search").err()).contains("QUERY");
    }

    @Test
    void invalidUtf8StopsWithExitCode3NamingFileAndOffsetUnlessLenient() throws IOException {
        Files.write(corpus.resolve("broken.md"), new byte[] {'o', 'k', '\n', 'x', (byte) 0xE9, 't', 'e'});
        Run strict = run("index", corpus.toString());
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.err()).contains("error: " + corpus.resolve("broken.md") + ":2: invalid UTF-8 at byte offset 4");
        assertThat(strict.out()).isEmpty();
        Run lenient = run("index", "--lenient", corpus.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.err()).contains("warning: " + corpus.resolve("broken.md") + ": skipped: invalid UTF-8 at byte offset 4");
        assertThat(lenient.out()).contains("skipped   1");
    }

    @Test
    void malformedFrontMatterStopsWithExitCode3NamingFileAndLine() throws IOException {
        Files.writeString(corpus.resolve("bad.md"), "---\ntitle: T\npublished: 2021-02-30\n---\nTexte.\n", StandardCharsets.UTF_8);
        Run run = run("index", corpus.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(corpus.resolve("bad.md") + ":3: malformed front matter: 'published'");
    }

    @Test
    void emptyBinaryAndUnknownKeysAreWarningsNotErrors() throws IOException {
        Files.write(corpus.resolve("empty.md"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {1, 0, 2});
        Files.writeString(corpus.resolve("extra.md"), "---\nauthor: X\n---\nUne phrase.\n");
        Run run = run("index", corpus.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err())
                .contains(corpus.resolve("empty.md") + ": skipped: empty file")
                .contains(corpus.resolve("binary.txt") + ": skipped: binary file")
                .contains(corpus.resolve("extra.md") + ":2: unknown front-matter key 'author'");
        assertThat(run.out()).contains("indexed   6 documents").contains("skipped   2");
        Path fresh = DefaultCorpus.copyInto(tmp.resolve("fresh"));
        Files.writeString(fresh.resolve("extra.md"), "---\nauthor: X\n---\nUne phrase.\n");
        Run report = run("report", fresh.toString());
        assertThat(report.code()).isZero();
        assertThat(report.err().lines().filter(line -> line.contains("unknown front-matter key 'author'")))
                .as("one read of each file for index and extraction, so one warning").hasSize(1);
    }

    @Test
    void claimsListsTheCorpusFiguresAsATable() {
        Run run = run("claims", corpus.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().replace('\u00a0', ' ')).contains("290 000 $").contains("USD").containsPattern("\\d+ claims\\R$");
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("SOURCE:LINE").contains("MEASURE").contains("SUBJECT");
    }

    @Test
    void claimsAsJsonFollowTheReportLayoutAndAreDeterministic() throws IOException {
        Run first = run("claims", corpus.toString(), "--format", "json");
        Run second = run("claims", corpus.toString(), "--format", "json");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.out());
        assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.path("sources")).hasSize(5);
        assertThat(json.path("claims").size()).isGreaterThan(30);
        com.fasterxml.jackson.databind.JsonNode claim = json.path("claims").get(0);
        assertThat(claim.fieldNames()).toIterable().contains("id", "source", "span", "text", "sentence", "value", "normalized",
                "time", "subject", "measure", "status", "fact");
        assertThat(claim.path("value").path("stated").isNumber()).isTrue();
    }

    @Test
    void reportPrintsFindingsWithTheirClaimsAndExplanation() {
        Run run = run("report", corpus.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("crosscheck report: 5 sources, ")
                .contains("[conflict] Fine — Sweden").contains("why: 290,000 USD ≈ 239,700 EUR")
                .containsPattern("\\[\\[290.000 \\$\\]\\]").contains("== facts stated more than once");
    }

    @Test
    void reportAsJsonFollowsSchemaVersion1AndIsDeterministic() throws IOException {
        Run first = run("report", corpus.toString(), "--format", "json");
        Run second = run("report", corpus.toString(), "--format", "json");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.out());
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("schemaVersion", "generator", "sources", "claims", "facts", "findings", "summary");
        com.fasterxml.jackson.databind.JsonNode finding = json.path("findings").get(0);
        assertThat(finding.fieldNames()).toIterable().containsExactly("id", "kind", "internal", "severity", "fact", "claims",
                "message", "explanation", "gap", "resolution");
        assertThat(json.path("summary").path("findings").asInt()).isEqualTo(json.path("findings").size());
        assertThat(json.path("summary").path("byKind").fieldNames()).toIterable()
                .containsExactly("conflict", "drift", "unit-mismatch", "status-mismatch", "attribution", "conversion");
    }

    @Test
    void reportAsHtmlIsOneDeterministicPageWithEveryFinding() {
        Run first = run("report", corpus.toString(), "--format", "html");
        Run second = run("report", corpus.toString(), "--format", "html");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        assertThat(first.out()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
                .contains("data-kind=\"conflict\"").contains("<mark>290 000 $</mark>")
                .contains("crosscheck resolve d-").doesNotContain("http://").doesNotContain("<link").doesNotContain("src=");
    }

    @Test
    void aBadPolicyStopsTheReportWithExitCode3NamingFileAndLine() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, rules.resolve(file.getFileName()));
                }
            }
        }
        Files.writeString(rules.resolve("policy.yaml"), "tolerance: 0.02\nconflict:\n  error: 0.1\n  eror: 0.2\n");
        Run unknown = run("report", corpus.toString(), "--rules", rules.toString());
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("policy.yaml:4:").contains("unknown key 'conflict.eror'");
        Files.writeString(rules.resolve("policy.yaml"), "tolerance: 1.5\n");
        Run outOfRange = run("report", corpus.toString(), "--rules", rules.toString());
        assertThat(outOfRange.code()).isEqualTo(3);
        assertThat(outOfRange.err()).contains("policy.yaml:1:").contains("tolerance");
    }

    @Test
    void claimsFromStdinPrintOneJsonLinePerInputLine() {
        Run run = runWithInput("Une amende de 250 000 euros.\nRien ici.\nIt paid $5,000.\n", new Terminal(false, false),
                "claims", "--stdin", "--lang", "fr", "--published", "2021-02");
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"line\":1,\"claims\":[{").contains("\"unit\":\"EUR\"").contains("\"value\":\"2021-02\"");
        assertThat(lines.get(1)).isEqualTo("{\"line\":2,\"claims\":[]}");
        assertThat(run("claims", "--stdin").code()).as("--stdin needs --lang").isEqualTo(2);
        assertThat(run("claims", "--stdin", "--lang", "fr", "--published", "2021-13").code()).isEqualTo(2);
    }

    @Test
    void rulesTestPassesOnTheShippedRulesAndNamesFileLineAndIdOfABrokenOne() throws IOException {
        Run ok = run("rules", "test");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).containsPattern("\\d+ examples, \\d+ passed, 0 failed");
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        String measures = Files.readString(rules.resolve("measures.yaml"));
        Files.writeString(rules.resolve("measures.yaml"), measures.replaceFirst("(?m)^(- id: [a-z-]+)$", "$1\n  colour: red"));
        Run broken = run("rules", "test", "--rules", rules.toString());
        assertThat(broken.code()).isEqualTo(3);
        assertThat(broken.err()).containsPattern("measures\\.yaml:\\d+: rule \\(id '[a-z-]+'\\): unknown key 'colour'");
        Files.writeString(rules.resolve("measures.yaml"), measures.replaceFirst("claim: \\{text: \"", "claim: {text: \"zz"));
        Run failing = run("rules", "test", "--rules", rules.toString(), "--failures-only");
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).contains("FAIL").containsPattern("1 failed");
    }

    @Test
    void fxImportWritesTheMonthlyTableAndNamesABadLine() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Path ecb = tmp.resolve("eurofxref-hist.csv");
        Files.writeString(ecb, "Date,USD,GBP,\n2021-02-26,1.2121,0.8694,\n2021-02-01,1.2063,N/A,\n2021-01-29,1.2136,0.8852,\n");
        Run ok = run("fx", "import", ecb.toString(), "--rules", rules.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("fx/ecb-monthly.csv").contains("2 currencies").contains("2021-01-29 to 2021-02-26");
        String table = Files.readString(rules.resolve("fx/ecb-monthly.csv"));
        assertThat(table).contains("European Central Bank").contains("USD,2021-02,1.2063,");
        Files.writeString(ecb, "Date,USD,\n2021-02-26,1.2121,\n2021-02-25,one,\n");
        Run bad = run("fx", "import", ecb.toString(), "--rules", rules.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains(ecb + ":3:");
        assertThat(Files.readString(rules.resolve("fx/ecb-monthly.csv"))).as("the table is untouched").isEqualTo(table);
        assertThat(run("fx", "import", tmp.resolve("missing.csv").toString()).code()).isEqualTo(2);
    }

    @Test
    void claimsConvertMoneyWithAFullEcbFileWhenGivenOne() throws IOException {
        Path ecb = tmp.resolve("eurofxref-hist.csv");
        Files.writeString(ecb, "Date,USD,GBP,\n2021-02-26,1.25,0.8,\n2021-02-01,1.2,0.8,\n2021-11-30,1.25,0.85,\n");
        Run run = run("claims", corpus.toString(), "--format", "json", "--fx-rates", ecb.toString());
        assertThat(run.code()).isZero();
        com.fasterxml.jackson.databind.JsonNode claim = java.util.stream.StreamSupport.stream(
                        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).path("claims").spliterator(), false)
                .filter(c -> c.path("value").path("unit").asText().equals("USD") && c.path("value").path("stated").asInt() == 290000)
                .findFirst().orElseThrow();
        assertThat(claim.path("normalized").path("unit").asText()).isEqualTo("EUR");
        // the month's range of the given file's days, 1.20 to 1.25 USD per EUR, not the shipped table's
        assertThat(claim.path("normalized").path("low").decimalValue()).isEqualByComparingTo("228000");
        assertThat(claim.path("normalized").path("high").decimalValue()).isEqualByComparingTo("245833.3333333333");
        assertThat(run("claims", corpus.toString(), "--fx-rates", tmp.resolve("none.csv").toString()).code()).isEqualTo(2);
        Run dollars = run("claims", corpus.toString(), "--format", "json", "--currency", "usd");
        assertThat(dollars.code()).isZero();
        com.fasterxml.jackson.databind.JsonNode euros = java.util.stream.StreamSupport.stream(
                        new com.fasterxml.jackson.databind.ObjectMapper().readTree(dollars.out()).path("claims").spliterator(), false)
                .filter(c -> c.path("value").path("unit").asText().equals("EUR") && c.path("value").path("stated").asInt() == 250000)
                .findFirst().orElseThrow();
        assertThat(euros.path("normalized").path("unit").asText()).isEqualTo("USD");
        assertThat(euros.path("normalized").path("low").decimalValue()).as("250,000 EUR in dollars of 2021-02")
                .isBetween(new java.math.BigDecimal("290000"), new java.math.BigDecimal("300000"));
        Run unknown = run("claims", corpus.toString(), "--currency", "XYZ");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--currency XYZ");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        Run run = run("version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("crosscheck \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .+\\)\\R");
        assertThat(run("--version").out()).isEqualTo(run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "index", "search", "claims", "rules", "fx", "version"})
    void everyCommandHasHelp(String command) {
        Run run = command.isEmpty() ? run("--help") : run(command, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: crosscheck").contains("--help");
    }
}
