package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON report of the default corpus against the JSON Schema the jar ships (schema/report-v1.schema.json). */
class JsonReportSchemaTest {

    private static final Schema REPORT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:schema/report-v1.schema.json"));

    private static JsonNode golden() throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of("src/test/resources/golden/report.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultCorpusReportIsValid() throws IOException {
        assertThat(REPORT.validate(golden())).isEmpty();
    }

    @Test
    void theSchemaRejectsAMissingSummaryAnUnknownKindAndAnExtraKey() throws IOException {
        ObjectNode noSummary = (ObjectNode) golden();
        noSummary.remove("summary");
        assertThat(REPORT.validate(noSummary)).isNotEmpty();
        ObjectNode badKind = (ObjectNode) golden();
        ((ObjectNode) badKind.path("findings").get(0)).put("kind", "disagreement");
        assertThat(REPORT.validate(badKind)).isNotEmpty();
        ObjectNode extra = (ObjectNode) golden();
        ((ObjectNode) extra.path("claims").get(0)).put("confidence", 0.9);
        assertThat(REPORT.validate(extra)).isNotEmpty();
    }
}
