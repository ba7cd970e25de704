package org.crosscheck.group;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.FactIndex;
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
 * It keeps a few integers per claim and reads a whole claim only to look up evidence for it.
 */
public final class FactGrouper {

    private static final int HEX_DIGITS = 12;
    /** A digest per thread: looking one up costs more than hashing a short key. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(FactGrouper::sha256);
    /** The least Jaccard overlap of analysed terms for a passage of another source to count as evidence. */
    static final double MIN_OVERLAP = 0.4;
    /** How many similar passages a claim without a subject looks at. */
    private static final int SIMILAR_PASSAGES = 5;
    /** How many evidence lookups are held at once: their passages are let go batch by batch. */
    private static final int EVIDENCE_BATCH = 4096;
    private static final int NONE = -1;
    private static final int MANY = -2;

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
        List<ClaimKey> keys = claims.stream().map(ClaimKey::of).toList();
        return List.copyOf(group(keys, claimIds, claims::get, evidence).facts());
    }

    /**
     * The facts of claims given by their keys, in corpus order (each source's claims together, in
     * order of position); {@code claimAt} reads a whole claim, for the evidence lookups.
     */
    public FactIndex group(List<ClaimKey> keys, List<String> claimIds, IntFunction<Claim> claimAt, Evidence evidence) {
        if (keys.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim: " + keys.size() + " claims, " + claimIds.size() + " ids");
        }
        int n = keys.size();
        List<Draft> drafts = new ArrayList<>();
        Map<String, Integer> draftByKey = new HashMap<>();
        int[] draftOf = new int[n];
        Arrays.fill(draftOf, NONE);
        for (int i = 0; i < n; i++) {
            ClaimKey claim = keys.get(i);
            Optional<String> subject = claim.subject().map(vocabulary::keySubject);
            if (subject.isPresent() && claim.measure().isPresent() && !claim.isBareNumber()) {
                String key = "key\u0000" + subject.get() + '\u0000' + claim.measure().get() + '\u0000' + claim.dimension();
                draftOf[i] = draftByKey.computeIfAbsent(key, k -> {
                    drafts.add(new Draft(k, subject, claim.measure(), claim.dimension()));
                    return drafts.size() - 1;
                });
            }
        }
        joinTheOneFactOfTheirSource(keys, draftOf);
        int[] joined = joinByEvidence(keys, claimAt, evidence, draftOf);
        return index(keys, claimIds, drafts, draftOf, joined);
    }

    /** Claims without a subject join the fact of their measure in their own source, when it has exactly one. */
    private static void joinTheOneFactOfTheirSource(List<ClaimKey> keys, int[] draftOf) {
        Map<String, Integer> oneFactOfSourceMeasure = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (draftOf[i] != NONE) {
                oneFactOfSourceMeasure.merge(sourceMeasure(keys.get(i)), draftOf[i], (a, b) -> a.equals(b) ? a : MANY);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            ClaimKey claim = keys.get(i);
            if (draftOf[i] == NONE && claim.subject().isEmpty() && claim.measure().isPresent() && !claim.isBareNumber()) {
                int only = oneFactOfSourceMeasure.getOrDefault(sourceMeasure(claim), MANY);
                draftOf[i] = only == MANY ? NONE : only;
            }
        }
    }

    /** The draft each claim still without a fact joins on the evidence of similar passages; NONE when it joins none. */
    private static int[] joinByEvidence(List<ClaimKey> keys, IntFunction<Claim> claimAt, Evidence evidence, int[] draftOf) {
        int[] joined = new int[keys.size()];
        Arrays.fill(joined, NONE);
        int[] unkeyed = new int[keys.size()];
        int count = 0;
        for (int i = 0; i < keys.size(); i++) {
            ClaimKey claim = keys.get(i);
            if (draftOf[i] == NONE && !claim.isBareNumber() && claim.measure().isPresent()) {
                unkeyed[count++] = i;
            }
        }
        PassageClaims located = null;
        for (int from = 0; from < count; from += EVIDENCE_BATCH) {
            int batchStart = from;
            int batchSize = Math.min(EVIDENCE_BATCH, count - from);
            List<Claim> batch = new RandomAccessList<>() {
                @Override
                public Claim get(int index) {
                    return claimAt.apply(unkeyed[batchStart + index]);
                }

                @Override
                public int size() {
                    return batchSize;
                }
            };
            List<List<SearchHit>> similar = evidence.similarToEach(batch, SIMILAR_PASSAGES);
            for (int u = 0; u < batchSize; u++) {
                if (!similar.get(u).isEmpty()) {
                    int i = unkeyed[batchStart + u];
                    located = located == null ? new PassageClaims(keys) : located;
                    joined[i] = draftFromSimilarPassages(keys.get(i), similar.get(u), located, draftOf);
                }
            }
        }
        return joined;
    }

    /**
     * The one draft that the claims of {@code claim}'s measure and dimension in the {@code similar}
     * passages of other sources belong to, or NONE when there is none or more than one.
     */
    private static int draftFromSimilarPassages(ClaimKey claim, List<SearchHit> similar, PassageClaims located, int[] draftOf) {
        int candidate = NONE;
        for (SearchHit hit : similar) {
            if (hit.score() < MIN_OVERLAP || hit.passage().sourceId().equals(claim.sourceId())) {
                continue;
            }
            for (int other : located.within(hit.passage())) {
                ClaimKey found = located.key(other);
                if (found.measure().equals(claim.measure()) && found.dimension().equals(claim.dimension()) && draftOf[other] != NONE) {
                    if (candidate != NONE && candidate != draftOf[other]) {
                        return NONE;
                    }
                    candidate = draftOf[other];
                }
            }
        }
        return candidate;
    }

    /** Numbers the facts in order of their first claim and lists each fact's claims. */
    private FactIndex index(List<ClaimKey> keys, List<String> claimIds, List<Draft> drafts, int[] draftOf, int[] joined) {
        int n = keys.size();
        int[] factOfClaim = new int[n];
        int[] factOfDraft = new int[drafts.size()];
        Arrays.fill(factOfDraft, NONE);
        int[] sizes = new int[n + 1];
        int facts = 0;
        for (int i = 0; i < n; i++) {
            int draft = draftOf[i] != NONE ? draftOf[i] : joined[i];
            if (keys.get(i).isBareNumber()) {
                factOfClaim[i] = NONE;
                continue;
            }
            if (draft == NONE) {
                factOfClaim[i] = facts++;
            } else {
                if (factOfDraft[draft] == NONE) {
                    factOfDraft[draft] = facts++;
                }
                factOfClaim[i] = factOfDraft[draft];
            }
            sizes[factOfClaim[i]]++;
        }
        int[] start = new int[facts + 1];
        for (int f = 0; f < facts; f++) {
            start[f + 1] = start[f] + sizes[f];
        }
        int[] claimsByFact = new int[start[facts]];
        int[] filled = Arrays.copyOf(start, facts);
        for (int i = 0; i < n; i++) {
            if (factOfClaim[i] != NONE) {
                claimsByFact[filled[factOfClaim[i]]++] = i;
            }
        }
        Draft[] draftOfFact = new Draft[facts];
        for (int d = 0; d < drafts.size(); d++) {
            if (factOfDraft[d] != NONE) {
                draftOfFact[factOfDraft[d]] = drafts.get(d);
            }
        }
        return new CompactFacts(keys, claimIds, factOfClaim, start, claimsByFact, draftOfFact);
    }

    /** A claim's source, measure and dimension: where a claim without a subject looks for its fact. */
    private static String sourceMeasure(ClaimKey claim) {
        return claim.sourceId() + '\u0000' + claim.measure().orElse("") + '\u0000' + claim.dimension();
    }

    /** "Fine — Sweden (currency)"; a fact without a key says what it lacks. */
    private String label(Optional<String> subject, Optional<String> measure, String dimension) {
        String measureLabel = measure.map(vocabulary::measureLabel).orElse("unknown measure");
        String subjectName = subject.map(vocabulary::entityName).orElse("unknown subject");
        String sentence = measureLabel.substring(0, 1).toUpperCase(Locale.ROOT) + measureLabel.substring(1);
        return sentence + " — " + subjectName + " (" + dimension + ")";
    }

    /** A list read by position, so parallel streams split it evenly. */
    private abstract static class RandomAccessList<T> extends AbstractList<T> implements RandomAccess {
    }

    /** A fact keyed by subject, measure and dimension. */
    private record Draft(String key, Optional<String> subject, Optional<String> measure, String dimension) {
    }

    /** The facts as a few integers per claim; each {@link Fact} is made when asked for. */
    private final class CompactFacts implements FactIndex {
        private final List<ClaimKey> keys;
        private final List<String> claimIds;
        private final int[] factOfClaim;
        private final int[] start;
        private final int[] claimsByFact;
        private final Draft[] draftOfFact;

        CompactFacts(List<ClaimKey> keys, List<String> claimIds, int[] factOfClaim, int[] start, int[] claimsByFact,
                     Draft[] draftOfFact) {
            this.keys = keys;
            this.claimIds = claimIds;
            this.factOfClaim = factOfClaim;
            this.start = start;
            this.claimsByFact = claimsByFact;
            this.draftOfFact = draftOfFact;
        }

        @Override
        public List<Fact> facts() {
            return new AbstractList<>() {
                @Override
                public Fact get(int index) {
                    return fact(index);
                }

                @Override
                public int size() {
                    return draftOfFact.length;
                }
            };
        }

        @Override
        public int[] claimsOf(int fact) {
            return Arrays.copyOfRange(claimsByFact, start[fact], start[fact + 1]);
        }

        @Override
        public int factOf(int claim) {
            return factOfClaim[claim];
        }

        @Override
        public String idOf(int fact) {
            Draft draft = draftOfFact[fact];
            return id(draft == null ? "claim\u0000" + claimIds.get(claimsByFact[start[fact]]) : draft.key());
        }

        @Override
        public boolean hasSubject(int fact) {
            Draft draft = draftOfFact[fact];
            return draft == null ? keys.get(claimsByFact[start[fact]]).subject().isPresent() : draft.subject().isPresent();
        }

        @Override
        public Fact.Head headOf(int fact) {
            Draft draft = draftOfFact[fact];
            if (draft == null) {
                ClaimKey only = keys.get(claimsByFact[start[fact]]);
                Optional<String> subject = only.subject().map(vocabulary::keySubject);
                return new Fact.Head(idOf(fact), label(subject, only.measure(), only.dimension()), subject, only.measure(),
                        only.dimension());
            }
            return new Fact.Head(idOf(fact), label(draft.subject(), draft.measure(), draft.dimension()), draft.subject(),
                    draft.measure(), draft.dimension());
        }

        private Fact fact(int index) {
            int[] claims = claimsOf(index);
            List<String> ids = new ArrayList<>(claims.length);
            for (int claim : claims) {
                ids.add(claimIds.get(claim));
            }
            Fact.Head head = headOf(index);
            return new Fact(head.id(), head.label(), head.subject(), head.measure(), head.dimension(), ids);
        }
    }

    private static String id(String key) {
        byte[] digest = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return "f-" + HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
