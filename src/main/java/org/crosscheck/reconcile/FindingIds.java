package org.crosscheck.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.crosscheck.model.FindingKind;

/**
 * Finding ids: a hash of the kind, the fact and the sorted ids of the claims, which are themselves
 * hashes of source, value and quote; so an id survives other articles and any order of files.
 */
final class FindingIds {

    private static final int HEX_DIGITS = 12;

    private FindingIds() {
    }

    static String of(FindingKind kind, String factId, List<String> sortedClaimIds) {
        String key = kind.id() + '\u0000' + factId + '\u0000' + String.join("\u0000", sortedClaimIds);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "d-" + HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
