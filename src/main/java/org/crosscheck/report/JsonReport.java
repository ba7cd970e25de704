package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimIds;
import org.crosscheck.model.Fact;
import org.crosscheck.model.FactIndex;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.SourceDoc;

/**
 * Writes the JSON report in the layout of DESIGN.md (schemaVersion 1), in a fixed key order:
 * numbers are plain JSON numbers, dates ISO strings at their precision. {@code write} leaves out
 * findings and summary (the claims command); {@code writeLines} writes one compact object per input line.
 */
public final class JsonReport implements Reporter {

    private final JsonFactory factory = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final String version;

    /** @param version crosscheck's version, written as the generator's */
    public JsonReport(String version) {
        this.version = version;
    }

    /** Generator, sources, claims (with their ids, in the same order) and facts. */
    public void write(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, FactIndex facts, Writer out) {
        write(sources, claims, claimIds, facts.facts(), claim -> {
            int fact = facts.factOf(claim);
            return fact < 0 ? Optional.empty() : Optional.of(facts.idOf(fact));
        }, Optional.empty(), out);
    }

    /** The whole report: generator, sources, claims, facts, findings with their resolutions, and summary. */
    @Override
    public void write(ReportData report, PrintWriter out) {
        write(report.sources(), report.claims(), report.claimIds(), report.facts(), report::factOf, Optional.of(report), out);
    }

    private void write(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<Fact> facts,
                       IntFunction<Optional<String>> factOfClaim, Optional<ReportData> report, Writer out) {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeObjectFieldStart("generator");
            json.writeStringField("name", "crosscheck");
            json.writeStringField("version", version);
            json.writeEndObject();
            json.writeArrayFieldStart("sources");
            for (SourceDoc source : sources) {
                writeSource(json, source);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("claims");
            for (int i = 0; i < claims.size(); i++) {
                writeClaim(json, claims.get(i), claimIds.get(i), factOfClaim.apply(i));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("facts");
            for (Fact fact : facts) {
                writeFact(json, fact);
            }
            json.writeEndArray();
            if (report.isPresent()) {
                json.writeArrayFieldStart("findings");
                for (Finding finding : report.get().findings()) {
                    writeFinding(json, finding, report.get().resolution(finding.id()));
                }
                json.writeEndArray();
                writeSummary(json, report.get());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line {@code {"line": N, "claims": [...]}} per input line, N counted from 1. */
    public void writeLines(List<List<Claim>> claimsByLine, Writer out) {
        try {
            for (int i = 0; i < claimsByLine.size(); i++) {
                try (JsonGenerator json = factory.createGenerator(out)) {
                    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    json.writeStartObject();
                    json.writeNumberField("line", i + 1);
                    json.writeArrayFieldStart("claims");
                    List<Claim> claims = claimsByLine.get(i);
                    List<String> ids = ClaimIds.of(claims);
                    for (int k = 0; k < claims.size(); k++) {
                        writeClaim(json, claims.get(k), ids.get(k), Optional.empty());
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSource(JsonGenerator json, SourceDoc source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        json.writeStringField("path", source.id());
        json.writeStringField("title", source.title());
        writeOptional(json, "publisher", source.publisher());
        writeOptional(json, "url", source.url());
        writeOptional(json, "published", source.published().map(Object::toString));
        json.writeStringField("language", source.language());
        json.writeEndObject();
    }

    private static void writeFact(JsonGenerator json, Fact fact) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", fact.id());
        json.writeStringField("label", fact.label());
        writeOptional(json, "subject", fact.subject());
        writeOptional(json, "measure", fact.measure());
        json.writeStringField("dimension", fact.dimension());
        json.writeArrayFieldStart("claims");
        for (String claim : fact.claims()) {
            json.writeString(claim);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding, Optional<Resolution> resolution) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", finding.id());
        json.writeStringField("kind", finding.kind().id());
        json.writeBooleanField("internal", finding.internal());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("fact", finding.fact());
        json.writeArrayFieldStart("claims");
        for (String claim : finding.claims()) {
            json.writeString(claim);
        }
        json.writeEndArray();
        json.writeStringField("message", finding.message());
        json.writeStringField("explanation", finding.explanation());
        if (finding.gap().isPresent()) {
            json.writeNumberField("gap", plain(finding.gap().get()));
        } else {
            json.writeNullField("gap");
        }
        if (resolution.isPresent()) {
            json.writeObjectFieldStart("resolution");
            json.writeStringField("status", resolution.get().status().id());
            json.writeStringField("note", resolution.get().note());
            writeOptional(json, "value", resolution.get().value());
            writeOptional(json, "date", resolution.get().date());
            json.writeEndObject();
        } else {
            json.writeNullField("resolution");
        }
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, ReportData report) throws IOException {
        List<Finding> findings = report.findings();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("sources", report.sources().size());
        json.writeNumberField("claims", report.claims().size());
        json.writeNumberField("facts", report.facts().size());
        json.writeNumberField("findings", findings.size());
        json.writeNumberField("unresolved", report.unresolved().size());
        json.writeObjectFieldStart("byKind");
        for (FindingKind kind : FindingKind.values()) {
            json.writeNumberField(kind.id(), findings.stream().filter(f -> f.kind() == kind).count());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeClaim(JsonGenerator json, Claim claim, String id, Optional<String> fact) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("source", claim.sourceId());
        json.writeObjectFieldStart("span");
        json.writeNumberField("start", claim.span().start());
        json.writeNumberField("end", claim.span().end());
        json.writeNumberField("line", claim.span().line());
        json.writeNumberField("column", claim.span().column());
        json.writeEndObject();
        json.writeStringField("text", claim.text());
        json.writeStringField("sentence", claim.sentence());
        json.writeFieldName("value");
        writeQuantity(json, claim.quantity());
        if (claim.normalized().isPresent()) {
            json.writeObjectFieldStart("normalized");
            json.writeNumberField("low", plain(claim.normalized().get().low()));
            json.writeNumberField("high", plain(claim.normalized().get().high()));
            json.writeStringField("unit", claim.normalized().get().unit());
            json.writeEndObject();
        } else {
            json.writeNullField("normalized");
        }
        if (claim.time().isPresent()) {
            json.writeObjectFieldStart("time");
            json.writeStringField("value", claim.time().get().value().toString());
            json.writeStringField("precision", claim.time().get().value().precision().name().toLowerCase(Locale.ROOT));
            json.writeStringField("basis", claim.time().get().basis().id());
            json.writeEndObject();
        } else {
            json.writeNullField("time");
        }
        writeOptional(json, "subject", claim.subject());
        writeOptional(json, "measure", claim.measure());
        json.writeStringField("status", claim.status().id());
        writeOptional(json, "attribution", claim.attribution());
        json.writeArrayFieldStart("equivalents");
        for (Quantity equivalent : claim.equivalents()) {
            writeQuantity(json, equivalent);
        }
        json.writeEndArray();
        writeOptional(json, "fact", fact);
        json.writeEndObject();
    }

    private static void writeQuantity(JsonGenerator json, Quantity quantity) throws IOException {
        json.writeStartObject();
        json.writeNumberField("stated", plain(quantity.stated()));
        json.writeNumberField("low", plain(quantity.low()));
        json.writeNumberField("high", plain(quantity.high()));
        json.writeStringField("qualifier", quantity.qualifier().id());
        json.writeStringField("unit", quantity.unit());
        json.writeStringField("dimension", quantity.dimension());
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    /** The value without trailing zeros, so 2.50 and 2.5 print alike. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
