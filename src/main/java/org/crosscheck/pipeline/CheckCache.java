package org.crosscheck.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.model.AtomicFile;
import org.crosscheck.model.CheckData;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;

/**
 * The findings of the last full run, with where each is shown, kept in the index folder under a key
 * that names everything they depend on (code, rules, rates, and each stored source's content), so
 * that {@code check} on an unchanged corpus answers without loading, grouping or comparing a claim.
 * A cache of another key, another layout, damaged or unreadable is simply not used.
 */
final class CheckCache {

    static final String FILE = "check-cache.bin";
    /** Bumped whenever the layout changes. */
    private static final int VERSION = 1;

    /** The findings of a run and their anchors, as of {@code key}. */
    record Entry(String key, List<Finding> findings, Map<String, CheckData.Anchor> anchors) {
        Entry {
            findings = List.copyOf(findings);
            anchors = Map.copyOf(anchors);
        }
    }

    private CheckCache() {
    }

    /**
     * What a run's findings are a function of: how claims are extracted, and each source's content
     * ({@code contentHashes} by source id, in id order).
     */
    static String key(String extractionKey, Map<String, String> contentHashes) {
        MessageDigest digest = ExtractionKey.sha256();
        digest.update(extractionKey.getBytes(StandardCharsets.UTF_8));
        contentHashes.forEach((id, hash) -> digest.update(('\u0000' + id + '\u0000' + hash).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The cached findings of {@code key} in {@code indexDir}, if the cache holds them. */
    static Optional<Entry> read(Path indexDir, String key) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(indexDir.resolve(FILE));
        } catch (IOException e) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != VERSION || !readString(in).equals(key)) {
                return Optional.empty();
            }
            int count = count(in);
            List<Finding> findings = new ArrayList<>(count);
            Map<String, CheckData.Anchor> anchors = new HashMap<>();
            for (int i = 0; i < count; i++) {
                Finding finding = readFinding(in);
                findings.add(finding);
                anchors.put(finding.id(), new CheckData.Anchor(readString(in),
                        new Span(in.readInt(), in.readInt(), in.readInt(), in.readInt())));
            }
            return Optional.of(new Entry(key, findings, anchors));
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the cache in {@code indexDir} with {@code entry}, atomically; when it cannot be
     * written (a read-only or full disk), says so and leaves the run's result alone.
     */
    static void write(Path indexDir, Entry entry, Consumer<Diagnostic> warnings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            writeString(out, entry.key());
            out.writeInt(entry.findings().size());
            for (Finding finding : entry.findings()) {
                writeFinding(out, finding);
                CheckData.Anchor anchor = entry.anchors().get(finding.id());
                writeString(out, anchor.sourceId());
                Span span = anchor.span();
                out.writeInt(span.start());
                out.writeInt(span.end());
                out.writeInt(span.line());
                out.writeInt(span.column());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = indexDir.resolve(FILE);
        try {
            AtomicFile.write(target, bytes.toByteArray());
        } catch (IOException e) {
            warnings.accept(Diagnostic.of(target.toString(), "cannot keep check's cache, the next check runs in full: " + e.getMessage()));
        }
    }

    private static void writeFinding(DataOutputStream out, Finding finding) throws IOException {
        writeString(out, finding.id());
        writeString(out, finding.kind().id());
        out.writeBoolean(finding.internal());
        writeString(out, finding.severity().id());
        writeString(out, finding.fact());
        out.writeInt(finding.claims().size());
        for (String claim : finding.claims()) {
            writeString(out, claim);
        }
        writeString(out, finding.message());
        writeString(out, finding.explanation());
        out.writeBoolean(finding.gap().isPresent());
        if (finding.gap().isPresent()) {
            writeString(out, finding.gap().get().toString());
        }
    }

    private static Finding readFinding(DataInputStream in) throws IOException {
        String id = readString(in);
        FindingKind kind = FindingKind.fromId(readString(in));
        boolean internal = in.readBoolean();
        Severity severity = Severity.fromId(readString(in));
        String fact = readString(in);
        int count = count(in);
        List<String> claims = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            claims.add(readString(in));
        }
        String message = readString(in);
        String explanation = readString(in);
        Optional<BigDecimal> gap = in.readBoolean() ? Optional.of(new BigDecimal(readString(in))) : Optional.empty();
        return new Finding(id, kind, internal, severity, fact, claims, message, explanation, gap);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** A count of items still to read, each at least four bytes long. */
    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available() / 4) {
            throw new IOException("damaged count " + count);
        }
        return count;
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged string length " + length);
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
