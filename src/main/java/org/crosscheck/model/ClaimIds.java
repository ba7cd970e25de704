package org.crosscheck.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Claim ids: a hash of the claim's source, normalised value and quote, and of how many identical
 * claims come before it in that source, so an id survives edits elsewhere in the file, other files
 * and reordering.
 */
public final class ClaimIds {

    private static final int HEX_DIGITS = 12;

    private ClaimIds() {
    }

    /** The id of each claim, in the order given (claims of a source in order of position). */
    public static List<String> of(List<Claim> claims) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>(claims.size());
        MessageDigest sha256 = sha256();
        for (Claim claim : claims) {
            String key = claim.sourceId() + '\u0000' + claim.quantity().stated().stripTrailingZeros().toPlainString()
                    + '\u0000' + claim.quantity().unit() + '\u0000' + claim.text();
            int occurrence = seen.merge(key, 1, Integer::sum);
            byte[] digest = sha256.digest((key + '\u0000' + occurrence).getBytes(StandardCharsets.UTF_8));
            ids.add("c-" + HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2));
        }
        return ids;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
