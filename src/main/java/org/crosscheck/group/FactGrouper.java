package org.crosscheck.group;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.SearchHit;

/**
 * Groups claims into facts keyed by (subject, measure, dimension) in passes over the claims, a hash
 * lookup each: never every claim against every other. A claim whose sentence names no subject joins
 * the fact of its measure in its own source when that source has exactly one ("l'entreprise affirme
 * détenir dix milliards de clichés" in an article whose database figures are all about one company).
 * Otherwise the passage index is its blocking step: among the passages of other sources most like
 * its sentence (a term overlap of at least {@value #MIN_OVERLAP}), the claims of its measure must all
 * belong to one fact, which it then joins. Failing that, and without a measure, it is a fact of its
 * own. Claims with different subjects or measures never share a fact. Bare numbers belong to no fact.
 */
public final class FactGrouper {

    private static final int HEX_DIGITS = 12;
    /** The least Jaccard overlap of analysed terms for a passage of another source to count as evidence. */
    static final double MIN_OVERLAP = 0.4;
    /** How many similar passages a claim without a subject looks at. */
    private static final int SIMILAR_PASSAGES = 5;

    private final Vocabulary vocabulary;

    public FactGrouper(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The facts of the claims without evidence from the passage index; see {@link #group(List, List, Evidence)}. */
    public List<Fact> group(List<Claim> claims, List<String> claimIds) {
        return group(claims, claimIds, (claim, limit) -> List.of());
    }

    /**
     * The facts of the claims, in order of their first claim; {@code claimIds} are the claims' ids,
     * in the same order; {@code evidence} finds passages of other sources like a claim's sentence.
     */
    public List<Fact> group(List<Claim> claims, List<String> claimIds, Evidence evidence) {
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim: " + claims.size() + " claims, " + claimIds.size() + " ids");
        }
        Map<String, Draft> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> keysBySourceMeasure = new HashMap<>();
        String[] keys = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Optional<String> subject = claim.subject().map(vocabulary::keySubject);
            if (subject.isPresent() && claim.measure().isPresent() && !isBareNumber(claim)) {
                keys[i] = "key\u0000" + subject.get() + '\u0000' + claim.measure().get() + '\u0000' + claim.quantity().dimension();
                keysBySourceMeasure.computeIfAbsent(sourceMeasure(claim), k -> new TreeSet<>()).add(keys[i]);
                byKey.computeIfAbsent(keys[i], k -> new Draft(k, subject, claim.measure(), claim.quantity().dimension()));
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (keys[i] == null && claim.subject().isEmpty() && claim.measure().isPresent() && !isBareNumber(claim)) {
                Set<String> sameSource = keysBySourceMeasure.getOrDefault(sourceMeasure(claim), Set.of());
                keys[i] = sameSource.size() == 1 ? sameSource.iterator().next() : null;
            }
        }
        List<Integer> unkeyed = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (keys[i] == null && !isBareNumber(claim) && claim.measure().isPresent()) {
                unkeyed.add(i);
            }
        }
        List<List<SearchHit>> similar = evidence.similarToEach(unkeyed.stream().map(claims::get).toList(), SIMILAR_PASSAGES);
        PassageClaims located = null;
        String[] joined = new String[claims.size()];
        for (int u = 0; u < unkeyed.size(); u++) {
            if (!similar.get(u).isEmpty()) {
                int i = unkeyed.get(u);
                located = located == null ? new PassageClaims(claims) : located;
                joined[i] = keyFromSimilarPassages(claims.get(i), similar.get(u), located, keys);
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (isBareNumber(claim)) {
                continue;
            }
            Optional<String> subject = claim.subject().map(vocabulary::keySubject);
            String key = keys[i] != null ? keys[i] : joined[i] != null ? joined[i] : "claim\u0000" + claimIds.get(i);
            Draft draft = byKey.computeIfAbsent(key, k -> new Draft(k, subject, claim.measure(), claim.quantity().dimension()));
            if (draft.claims.isEmpty()) {
                draft.firstClaim = i;
            }
            draft.claims.add(claimIds.get(i));
        }
        byKey.values().removeIf(draft -> draft.claims.isEmpty());
        List<Draft> drafts = new ArrayList<>(byKey.values());
        drafts.sort(Comparator.comparingInt(draft -> draft.firstClaim));
        List<Fact> facts = new ArrayList<>(drafts.size());
        MessageDigest sha256 = sha256();
        for (Draft draft : drafts) {
            byte[] digest = sha256.digest(draft.key.getBytes(StandardCharsets.UTF_8));
            facts.add(new Fact("f-" + HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2), label(draft), draft.subject,
                    draft.measure, draft.dimension, draft.claims));
        }
        return List.copyOf(facts);
    }

    /**
     * The one fact that the claims of {@code claim}'s measure and dimension in the {@code similar}
     * passages of other sources belong to, or null when there is none or more than one.
     */
    private static String keyFromSimilarPassages(Claim claim, List<SearchHit> similar, PassageClaims located, String[] keys) {
        Set<String> candidates = new TreeSet<>();
        for (SearchHit hit : similar) {
            if (hit.score() < MIN_OVERLAP || hit.passage().sourceId().equals(claim.sourceId())) {
                continue;
            }
            for (int other : located.within(hit.passage())) {
                Claim candidate = located.claim(other);
                if (candidate.measure().equals(claim.measure()) && candidate.quantity().dimension().equals(claim.quantity().dimension())
                        && keys[other] != null) {
                    candidates.add(keys[other]);
                }
            }
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    private static boolean isBareNumber(Claim claim) {
        return claim.quantity().dimension().equals(Quantity.BARE_NUMBER);
    }

    /** A claim's source, measure and dimension: where a claim without a subject looks for its fact. */
    private static String sourceMeasure(Claim claim) {
        return claim.sourceId() + '\u0000' + claim.measure().orElse("") + '\u0000' + claim.quantity().dimension();
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
        private int firstClaim;

        Draft(String key, Optional<String> subject, Optional<String> measure, String dimension) {
            this.key = key;
            this.subject = subject;
            this.measure = measure;
            this.dimension = dimension;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
