package org.crosscheck.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.crosscheck.pipeline.RunResult;

/**
 * Report data for reporter tests: a hand-made corpus whose files are written under
 * {@code target/} (so locations are relative to the project, where tests run) with text that tries
 * to break every format, and the real default corpus run through the pipeline.
 */
final class ReportFixture {

    /** The hand-made corpus, relative to the working directory. */
    static final String CORPUS = "target/report-fixture/corpus";
    /** A source whose path needs percent-encoding in a URI: a space and non-ASCII letters. */
    static final String ODD_SOURCE = "dossier été/b 2.md";

    static final String A_TEXT = """
            ---
            title: "A | <b>"
            ---
            Intro line.
            La police a payé 250 000 euros | <script>alert(1)</script> `x` *y* _z_ [lien](http://e.org) $ 5 $ \u0001 fin.
            En 2020, la base comptait 3 milliards d'images.
            """;
    static final String B_TEXT = "Titre\r\nElle a versé 200 000\r\neuros en 2021, « selon » X & Y.\r\nUn contrat de 50 000 dollars.\r\n";

    /** The conflict (unresolved, error), on fact f-fine. */
    static final String CONFLICT = "fd-conflict-1";
    /** The status mismatch (resolved), on fact f-fine. */
    static final String RESOLVED = "fd-status-2";
    /** The attribution (unresolved, info), on fact f-images. */
    static final String ATTRIBUTION = "fd-attribution-3";

    private ReportFixture() {
    }

    /** The hand-made report: three facts, three findings, one of them resolved; its files written to disk. */
    static ReportData handMade() {
        write(CORPUS + "/a.md", A_TEXT);
        write(CORPUS + "/" + ODD_SOURCE, B_TEXT);
        List<Claim> claims = List.of(
                claim("a.md", A_TEXT, "250 000 euros", "250000", "EUR", ClaimStatus.FINAL, "2021-02", "fine"),
                claim("a.md", A_TEXT, "3 milliards d'images", "3000000000", "images", ClaimStatus.REPORTED, null, null),
                claim(ODD_SOURCE, B_TEXT, "200 000\r\neuros", "200000", "EUR", ClaimStatus.PROPOSED, "2021", "fine"),
                claim(ODD_SOURCE, B_TEXT, "50 000 dollars", "50000", "USD", ClaimStatus.REPORTED, null, "contract-value"));
        List<String> ids = ClaimIds.of(claims);
        List<Fact> facts = List.of(
                new Fact("f-fine", "Fine — Sweden | <i>", Optional.of("se"), Optional.of("fine"), Quantity.MONEY, List.of(ids.get(0), ids.get(2))),
                new Fact("f-images", "3 milliards d'images", Optional.empty(), Optional.empty(), "count", List.of(ids.get(1))),
                new Fact("f-contract", "Contract value", Optional.of("ice"), Optional.of("contract-value"), Quantity.MONEY, List.of(ids.get(3))));
        List<Finding> findings = List.of(
                new Finding(CONFLICT, FindingKind.CONFLICT, false, Severity.ERROR, "f-fine", List.of(ids.get(2), ids.get(0)),
                        "Sources disagree on the fine: 250,000 EUR vs 200,000 EUR \"quoted\" & <b>bold</b> \u0002",
                        "250,000 EUR is 20.0% above 200,000 EUR; the intervals do not meet.\nSecond line | `tick`", Optional.of(new BigDecimal("0.2"))),
                new Finding(RESOLVED, FindingKind.STATUS_MISMATCH, false, Severity.WARNING, "f-fine", List.of(ids.get(0), ids.get(2)),
                        "proposed in one place and final in another", "The figures agree; their statuses do not.", Optional.empty()),
                new Finding(ATTRIBUTION, FindingKind.ATTRIBUTION, true, Severity.INFO, "f-images", List.of(ids.get(1)),
                        "one figure for two subjects", "3 milliards d'images is given to two subjects.", Optional.empty()));
        Resolution resolution = new Resolution(RESOLVED, ResolutionStatus.NOT_A_CONFLICT, "Proposal & outcome <match>",
                Optional.empty(), Optional.of("editor"), Optional.of("2026-01-02"), 3);
        List<SourceDoc> sources = List.of(source("a.md"), source(ODD_SOURCE));
        return new ReportData(CORPUS, sources, claims, ids, facts, findings, Map.of(RESOLVED, resolution), List.of(), Optional.empty());
    }

    /** The index of the default corpus run, under target/ so that every report test shares one run. */
    private static final Path DEFAULT_INDEX = Path.of("target/report-fixture/index");
    private static ReportData defaultCorpus;

    /** The default corpus and rules through the whole pipeline, run once for all the report tests. */
    static synchronized ReportData defaultCorpus() {
        if (defaultCorpus == null) {
            Pipeline pipeline = Pipeline.standard();
            RunConfig config = RunConfig.of(Path.of("corpus"), Optional.of(DEFAULT_INDEX), false).withRules(Path.of("rules"));
            RunResult result = pipeline.report(config, d -> { });
            defaultCorpus = pipeline.reportData(config, result, Optional.empty(), d -> { });
        }
        return defaultCorpus;
    }

    /** What {@code reporter} writes for {@code report}. */
    static String render(Reporter reporter, ReportData report) {
        StringWriter text = new StringWriter();
        reporter.write(report, new PrintWriter(text));
        return text.toString();
    }

    /** The lines of a file, split at LF, CRLF and lone CR as crosscheck counts them. */
    static List<String> lines(Path file) {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Claim claim(String source, String file, String text, String value, String unit, ClaimStatus status,
                               String time, String measure) {
        int start = file.indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException(text);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            char c = file.charAt(i);
            if (c == '\n' || (c == '\r' && file.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int sentenceEnd = start + text.length();
        while (file.charAt(sentenceEnd) != '\n' && file.charAt(sentenceEnd) != '\r') {
            sentenceEnd++;
        }
        String sentence = file.substring(lineStart, sentenceEnd);
        BigDecimal stated = new BigDecimal(value);
        Quantity quantity = new Quantity(stated, stated, stated, Qualifier.EXACT, unit, unit.length() == 3 ? Quantity.MONEY : "count");
        return new Claim(source, new Span(start, start + text.length(), line, start - lineStart + 1), text, sentence, quantity,
                Optional.of(new Normalized(stated, stated, stated, unit, "")),
                Optional.ofNullable(time).map(t -> new TimeRef(PartialDate.parse(t), TimeBasis.STATED)),
                Optional.empty(), Optional.ofNullable(measure), status, Optional.empty(), List.of(), List.of());
    }

    private static SourceDoc source(String id) {
        return new SourceDoc(id, "Title of " + id, Optional.of("Pub"), Optional.empty(), Optional.empty(), "fr", false,
                SourceFormat.TEXT, "0".repeat(64));
    }

    private static void write(String path, String text) {
        try {
            Path file = Path.of(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
