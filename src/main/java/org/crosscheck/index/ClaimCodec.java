package org.crosscheck.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;

/**
 * The claims of one source as bytes for the claim store, and back: every field, exactly (decimals
 * keep their scale), with each distinct sentence written once. The source id is the store's key,
 * so it is not repeated per claim. Words of the rules' small vocabulary (units, dimensions, subjects,
 * measures, rule ids) are interned on the way back, so a million stored claims share them.
 */
final class ClaimCodec {

    /** Bumped whenever the layout changes; bytes of another version are not read. */
    private static final int VERSION = 1;

    private ClaimCodec() {
    }

    static byte[] encode(List<Claim> claims) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * (claims.size() + 1));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            Map<String, Integer> sentences = new HashMap<>();
            List<String> table = new ArrayList<>();
            for (Claim claim : claims) {
                if (sentences.putIfAbsent(claim.sentence(), table.size()) == null) {
                    table.add(claim.sentence());
                }
            }
            out.writeInt(table.size());
            for (String sentence : table) {
                writeString(out, sentence);
            }
            out.writeInt(claims.size());
            for (Claim claim : claims) {
                writeClaim(out, claim, sentences.get(claim.sentence()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The claims of {@code sourceId} that {@link #encode} wrote; empty when written by another version. */
    static Optional<List<Claim>> decode(String sourceId, byte[] bytes, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            if (in.readUnsignedByte() != VERSION) {
                return Optional.empty();
            }
            String[] table = new String[in.readInt()];
            for (int i = 0; i < table.length; i++) {
                table[i] = readString(in);
            }
            int count = in.readInt();
            List<Claim> claims = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                claims.add(readClaim(in, sourceId, table));
            }
            return Optional.of(claims);
        } catch (IOException e) {
            throw new UncheckedIOException("damaged claim store entry of " + sourceId, e);
        }
    }

    /** One claim with its sentence, for a file of one run's claims read back one by one ({@link ClaimSpill}). */
    static void writeOne(DataOutputStream out, Claim claim) throws IOException {
        writeString(out, claim.sentence());
        writeClaim(out, claim, 0);
    }

    /** The claim of {@code sourceId} that {@link #writeOne} wrote. */
    static Claim readOne(String sourceId, DataInputStream in) throws IOException {
        return readClaim(in, sourceId, new String[] {readString(in)});
    }

    private static void writeClaim(DataOutputStream out, Claim claim, int sentence) throws IOException {
        Span span = claim.span();
        out.writeInt(span.start());
        out.writeInt(span.end());
        out.writeInt(span.line());
        out.writeInt(span.column());
        writeString(out, claim.text());
        out.writeInt(sentence);
        writeQuantity(out, claim.quantity());
        out.writeBoolean(claim.normalized().isPresent());
        if (claim.normalized().isPresent()) {
            Normalized normalized = claim.normalized().get();
            writeDecimal(out, normalized.stated());
            writeDecimal(out, normalized.low());
            writeDecimal(out, normalized.high());
            writeString(out, normalized.unit());
            writeString(out, normalized.explanation());
        }
        out.writeBoolean(claim.time().isPresent());
        if (claim.time().isPresent()) {
            PartialDate date = claim.time().get().value();
            out.writeShort(date.year());
            out.writeByte(date.month());
            out.writeByte(date.day());
            out.writeByte(date.precision().ordinal());
            out.writeByte(claim.time().get().basis().ordinal());
        }
        writeOptional(out, claim.subject());
        writeOptional(out, claim.measure());
        out.writeByte(claim.status().ordinal());
        writeOptional(out, claim.attribution());
        out.writeInt(claim.equivalents().size());
        for (Quantity equivalent : claim.equivalents()) {
            writeQuantity(out, equivalent);
        }
        out.writeInt(claim.rules().size());
        for (String rule : claim.rules()) {
            writeString(out, rule);
        }
    }

    private static Claim readClaim(DataInputStream in, String sourceId, String[] sentences) throws IOException {
        Span span = new Span(in.readInt(), in.readInt(), in.readInt(), in.readInt());
        String text = readString(in);
        String sentence = sentences[in.readInt()];
        Quantity quantity = readQuantity(in);
        Optional<Normalized> normalized = Optional.empty();
        if (in.readBoolean()) {
            normalized = Optional.of(new Normalized(readDecimal(in), readDecimal(in), readDecimal(in), readString(in).intern(),
                    readString(in)));
        }
        Optional<TimeRef> time = Optional.empty();
        if (in.readBoolean()) {
            int year = in.readShort();
            int month = in.readByte();
            int day = in.readByte();
            DatePrecision precision = DatePrecision.values()[in.readByte()];
            time = Optional.of(new TimeRef(new PartialDate(year, month, day, precision), TimeBasis.values()[in.readByte()]));
        }
        Optional<String> subject = readOptional(in).map(String::intern);
        Optional<String> measure = readOptional(in).map(String::intern);
        ClaimStatus status = ClaimStatus.values()[in.readByte()];
        Optional<String> attribution = readOptional(in);
        List<Quantity> equivalents = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            equivalents.add(readQuantity(in));
        }
        List<String> rules = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            rules.add(readString(in).intern());
        }
        return new Claim(sourceId, span, text, sentence, quantity, normalized, time, subject, measure, status, attribution,
                equivalents, rules);
    }

    private static void writeQuantity(DataOutputStream out, Quantity quantity) throws IOException {
        writeDecimal(out, quantity.stated());
        writeDecimal(out, quantity.low());
        writeDecimal(out, quantity.high());
        out.writeByte(quantity.qualifier().ordinal());
        writeString(out, quantity.unit());
        writeString(out, quantity.dimension());
    }

    private static Quantity readQuantity(DataInputStream in) throws IOException {
        return new Quantity(readDecimal(in), readDecimal(in), readDecimal(in), Qualifier.values()[in.readByte()],
                readString(in).intern(), readString(in).intern());
    }

    private static void writeDecimal(DataOutputStream out, BigDecimal value) throws IOException {
        writeString(out, value.toString());
    }

    private static BigDecimal readDecimal(DataInputStream in) throws IOException {
        return new BigDecimal(readString(in));
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writeString(out, value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    /** Length-prefixed UTF-8: unlike {@code writeUTF}, not limited to 64 KB. */
    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
