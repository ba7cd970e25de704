package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crosscheck.model.Claim;

/** A claim's id: a hash of its source, span and text, so it stays the same while its file does. */
final class ClaimIds {

    private static final int HEX_DIGITS = 12;

    private ClaimIds() {
    }

    static String of(Claim claim) {
        String key = claim.sourceId() + '\u0000' + claim.span().start() + '\u0000' + claim.span().end() + '\u0000' + claim.text();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
