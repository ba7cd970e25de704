package org.crosscheck.group;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Quantity;

/**
 * Groups claims into facts keyed by (subject, measure, dimension) in one pass over the claims, a
 * hash lookup each: never every claim against every other. A claim without a subject or a measure
 * is a fact of its own; claims with different subjects or measures never share a fact. Bare numbers
 * belong to no fact.
 */
public final class FactGrouper {

    private static final int HEX_DIGITS = 12;

    private final Vocabulary vocabulary;

    public FactGrouper(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The facts of the claims, in order of their first claim; {@code claimIds} are the claims' ids, in the same order. */
    public List<Fact> group(List<Claim> claims, List<String> claimIds) {
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim: " + claims.size() + " claims, " + claimIds.size() + " ids");
        }
        Map<String, Draft> byKey = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Quantity quantity = claim.quantity();
            if (quantity.dimension().equals(Quantity.BARE_NUMBER)) {
                continue;
            }
            Optional<String> subject = claim.subject().map(vocabulary::keySubject);
            String key = subject.isPresent() && claim.measure().isPresent()
                    ? "key\u0000" + subject.get() + '\u0000' + claim.measure().get() + '\u0000' + quantity.dimension()
                    : "claim\u0000" + claimIds.get(i);
            byKey.computeIfAbsent(key, k -> new Draft(k, subject, claim.measure(), quantity.dimension()))
                    .claims.add(claimIds.get(i));
        }
        List<Fact> facts = new ArrayList<>(byKey.size());
        for (Draft draft : byKey.values()) {
            facts.add(new Fact("f-" + sha256(draft.key).substring(0, HEX_DIGITS), label(draft), draft.subject, draft.measure,
                    draft.dimension, draft.claims));
        }
        return List.copyOf(facts);
    }

    /** "Fine — Sweden (currency)"; a fact without a key says what it lacks. */
    private String label(Draft draft) {
        String measure = draft.measure.map(vocabulary::measureLabel).orElse("unknown measure");
        String subject = draft.subject.map(vocabulary::entityName).orElse("unknown subject");
        String sentence = measure.substring(0, 1).toUpperCase(Locale.ROOT) + measure.substring(1);
        return sentence + " — " + subject + " (" + draft.dimension + ")";
    }

    /** A fact being gathered. */
    private static final class Draft {
        private final String key;
        private final Optional<String> subject;
        private final Optional<String> measure;
        private final String dimension;
        private final List<String> claims = new ArrayList<>();

        Draft(String key, Optional<String> subject, Optional<String> measure, String dimension) {
            this.key = key;
            this.subject = subject;
            this.measure = measure;
            this.dimension = dimension;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
