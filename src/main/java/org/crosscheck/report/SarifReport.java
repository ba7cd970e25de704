package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.LineBreaks;
import org.crosscheck.model.ReportData;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.Severity;

/**
 * Writes findings as a SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, IDE SARIF
 * viewers): one rule per finding kind, one result per finding located at its first claim, the other
 * claims as related locations, the finding id as a partial fingerprint, and an editor's resolution
 * as an accepted external suppression. Keys in a fixed order, so the same data gives the same bytes.
 */
public final class SarifReport implements Reporter {

    /** Where SARIF consumers find the schema of this log. */
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The partial fingerprint that carries a finding's stable id across runs. */
    static final String FINGERPRINT = "crosscheckFindingId/v1";

    private final JsonFactory factory = JsonFactory.builder().build();
    private final String version;

    /** @param version crosscheck's version, written as the driver's */
    public SarifReport(String version) {
        this.version = version;
    }

    @Override
    public void write(ReportData report, PrintWriter out) {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json);
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (Finding finding : report.findings()) {
                writeResult(json, report, finding);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        out.flush();
    }

    private void writeTool(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "crosscheck");
        json.writeStringField("version", version);
        json.writeArrayFieldStart("rules");
        for (FindingKind kind : FindingKind.values()) {
            json.writeStartObject();
            json.writeStringField("id", kind.id());
            json.writeStringField("name", ruleName(kind));
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", description(kind));
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", defaultLevel(kind));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, ReportData report, Finding finding) throws IOException {
        List<Claim> claims = report.claimsOf(finding);
        json.writeStartObject();
        json.writeStringField("ruleId", finding.kind().id());
        json.writeNumberField("ruleIndex", finding.kind().ordinal());
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message() + "\n" + finding.explanation());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, report, claims.get(0));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", quote(claims.get(0)));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (claims.size() > 1) {
            json.writeArrayFieldStart("relatedLocations");
            for (int i = 1; i < claims.size(); i++) {
                json.writeStartObject();
                json.writeNumberField("id", i);
                writePhysicalLocation(json, report, claims.get(i));
                json.writeObjectFieldStart("message");
                json.writeStringField("text", quote(claims.get(i)));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, finding.id());
        json.writeEndObject();
        Optional<Resolution> resolution = report.resolution(finding.id());
        if (resolution.isPresent()) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            json.writeStringField("justification", resolution.get().status().id() + ": " + resolution.get().note());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("fact", finding.fact());
        json.writeStringField("factLabel", report.factHead(finding.fact()).map(Fact.Head::label).orElse(finding.fact()));
        json.writeBooleanField("internal", finding.internal());
        json.writeStringField("severity", finding.severity().id());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writePhysicalLocation(JsonGenerator json, ReportData report, Claim claim) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(report.location(claim.sourceId())));
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", claim.span().line());
        json.writeNumberField("startColumn", claim.span().column());
        String text = claim.text();
        int lastBreak = lastLineBreak(text);
        if (lastBreak < 0) {
            json.writeNumberField("endColumn", claim.span().column() + text.length());
        } else {
            json.writeNumberField("endLine", claim.span().line() + lineBreaks(text));
            json.writeNumberField("endColumn", text.length() - lastBreak);
        }
        json.writeObjectFieldStart("snippet");
        json.writeStringField("text", text);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The sentence around a claim's figure, whitespace folded, as a location's message. */
    private static String quote(Claim claim) {
        Evidence.Marked marked = Evidence.marked(claim);
        return marked.before() + marked.figure() + marked.after();
    }

    /** How many line ends (LF, CRLF, lone CR) {@code text} holds. */
    private static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (LineBreaks.isLineBreak(text.charAt(i))) {
                count++;
                i = LineBreaks.nextLineStart(text, i) - 1;
            }
        }
        return count;
    }

    /** The index of the last character of the last line end in {@code text}, or -1 when it has none. */
    private static int lastLineBreak(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (LineBreaks.isLineBreak(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A file path as a URI reference: forward slashes; every byte outside RFC 3986's unreserved
     * characters, sub-delimiters and '/' percent-encoded (spaces, non-ASCII, ':', '%', '#', '?'),
     * so no path reads as a scheme, query or fragment. An absolute path becomes a {@code file:} URI.
     */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        if (slashed.matches("[A-Za-z]:/.*")) {
            return "file:///" + slashed.substring(0, 2) + encode(slashed.substring(2));
        }
        if (slashed.startsWith("/")) {
            return "file://" + encode(slashed);
        }
        return encode(slashed);
    }

    private static String encode(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
            if (keep) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return uri.toString();
    }

    /** SARIF's level for a severity: error, warning, note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The level a kind has under the default policy (rules/policy.yaml may change it per result). */
    private static String defaultLevel(FindingKind kind) {
        return switch (kind) {
            case CONFLICT -> "error";
            case ATTRIBUTION -> "note";
            case DRIFT, UNIT_MISMATCH, STATUS_MISMATCH, CONVERSION -> "warning";
        };
    }

    private static String ruleName(FindingKind kind) {
        StringBuilder name = new StringBuilder();
        for (String part : kind.id().split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static String description(FindingKind kind) {
        return switch (kind) {
            case CONFLICT -> "Sources state incompatible figures for the same fact at the same time.";
            case DRIFT -> "A growing measure's figures differ in the direction time allows.";
            case UNIT_MISMATCH -> "The same figure for the same subject is stated in different units.";
            case STATUS_MISMATCH -> "A figure is stated as proposed or planned in one place and as done in another.";
            case ATTRIBUTION -> "One figure is given to different subjects for the same measure.";
            case CONVERSION -> "A stated equivalent in another currency does not match the exchange rate.";
        };
    }
}
