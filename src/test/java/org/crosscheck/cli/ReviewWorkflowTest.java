package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.crosscheck.testing.DefaultCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI gate and the editors' review: check, resolve, explain and the resolutions file. */
class ReviewWorkflowTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Path rules;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void copyCorpusAndRules() throws IOException {
        corpus = DefaultCorpus.copyInto(tmp.resolve("corpus"));
        rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--rules");
        all.add(rules.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new Terminal(false, false), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> findingIds() throws IOException {
        JsonNode json = new ObjectMapper().readTree(run("report", corpus.toString(), "--format", "json").out());
        List<String> ids = new ArrayList<>();
        json.path("findings").forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }

    @Test
    void checkFailsUntilEveryFindingIsResolvedAndFailsAgainWhenAnArticleChanges() throws IOException {
        Run first = run("check", corpus.toString());
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.out()).contains("crosscheck check: failed");
        List<String> ids = findingIds();
        assertThat(ids).isNotEmpty();
        for (String id : ids) {
            Run resolved = run("resolve", id, corpus.toString(), "--as", "not-a-conflict", "--note", "checked by hand", "--by", "test");
            assertThat(resolved.code()).as(resolved.err()).isZero();
        }
        Run clean = run("check", corpus.toString(), "--fail-on", "info");
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).contains("passed").contains(ids.size() + " resolved");

        Path article = corpus.resolve("2021-08-buzzfeed-clearview-essais-gratuits-polices-du-monde.md");
        Files.writeString(article, Files.readString(article)
                + "\nLa CNIL italienne a infligé une amende de 35 millions d'euros à Clearview AI en mars 2022.\n");
        Run changed = run("check", corpus.toString(), "--fail-on", "info");
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains("failed");
    }

    @Test
    void twoResolvesAtOnceBothLandAndTheFileKeepsItsComments() throws Exception {
        List<String> ids = findingIds();
        Files.writeString(rules.resolve("resolutions.yaml"), "# kept: a comment of the desk\n");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Run>> runs = new ArrayList<>();
            for (String id : ids.subList(0, 2)) {
                runs.add(pool.submit(() -> run("resolve", id, corpus.toString(), "--as", "confirmed-error", "--note", "at once")));
            }
            for (Future<Run> future : runs) {
                assertThat(future.get().code()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        String file = Files.readString(rules.resolve("resolutions.yaml"));
        assertThat(file).startsWith("# kept: a comment of the desk\n").contains(ids.get(0)).contains(ids.get(1));
        Run json = run("report", corpus.toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.path("summary").path("unresolved").asInt()).isEqualTo(ids.size() - 2);
        assertThat(run("report", corpus.toString()).out()).contains("RESOLVED: confirmed-error");
    }

    @Test
    void resolvingAgainReplacesTheEntryInPlace() throws IOException {
        List<String> ids = findingIds();
        run("resolve", ids.get(0), corpus.toString(), "--as", "confirmed-error", "--note", "first");
        run("resolve", ids.get(1), corpus.toString(), "--as", "confirmed-error", "--note", "second");
        run("resolve", ids.get(0), corpus.toString(), "--as", "not-a-conflict", "--note", "changed my mind", "--value", "250,000 EUR");
        String file = Files.readString(rules.resolve("resolutions.yaml"));
        assertThat(file.indexOf(ids.get(0))).isLessThan(file.indexOf(ids.get(1)));
        assertThat(file).contains("changed my mind").contains("value: \"250,000 EUR\"").doesNotContain("note: \"first\"");
    }

    @Test
    void anUnknownIdIsRefusedAndAMalformedFileStopsWithTheLine() throws IOException {
        Run unknown = run("resolve", "d-000000000000", corpus.toString(), "--as", "not-a-conflict", "--note", "x");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no finding d-000000000000");
        Files.writeString(rules.resolve("resolutions.yaml"), "# decisions\n- finding: d-0123456789ab\n  status: maybe\n  note: x\n");
        Run malformed = run("check", corpus.toString());
        assertThat(malformed.code()).isEqualTo(3);
        assertThat(malformed.err()).contains("resolutions.yaml:2:").contains("unknown resolution status 'maybe'");
    }

    @Test
    void aResolutionWhoseFindingIsGoneIsReportedAsStale() throws IOException {
        Files.writeString(rules.resolve("resolutions.yaml"),
                "- finding: d-0123456789ab\n  status: not-a-conflict\n  note: an old decision\n", StandardCharsets.UTF_8);
        Run check = run("check", corpus.toString());
        assertThat(check.err()).contains("resolutions.yaml:1:").contains("stale resolution: finding d-0123456789ab");
        assertThat(check.out()).contains("1 stale resolutions");
        assertThat(run("report", corpus.toString()).out()).contains("== stale resolutions (1) ==");
    }

    @Test
    void reportToAFileWritesItWholeAndReadableLikeAnyFile() throws IOException {
        Path html = tmp.resolve("out/report.html");
        Run run = run("report", corpus.toString(), "--format", "html", "-o", html.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        if (Files.getFileStore(html).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(html)).contains(PosixFilePermission.OTHERS_READ);
        }
        try (Stream<Path> left = Files.list(html.getParent())) {
            assertThat(left).as("no temporary file left behind").containsExactly(html);
        }
    }

    @Test
    void explainPrintsOneFindingAndGithubFormatPrintsAnnotations() throws IOException {
        String id = findingIds().get(0);
        Run explain = run("explain", id, corpus.toString());
        assertThat(explain.code()).isZero();
        assertThat(explain.out()).contains(id).contains("why: ");
        Run github = run("check", corpus.toString(), "--format", "github");
        assertThat(github.code()).isEqualTo(1);
        assertThat(github.out().lines().filter(l -> l.startsWith("::")).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).matches("::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,title=[^:]+::.*"));
    }
}
