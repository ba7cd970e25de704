package org.crosscheck.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of a run's claims, with claims named by their position in the run's claim list: which
 * claims each fact holds and which fact each claim is in. A large run's implementation keeps a few
 * integers per claim and makes each {@link Fact} when asked.
 */
public interface FactIndex {

    /** The facts, in order of their first claim. */
    List<Fact> facts();

    /** The positions of the claims of the {@code fact}-th fact, in corpus order. */
    int[] claimsOf(int fact);

    /** The position in {@link #facts()} of the fact the {@code claim}-th claim is in; -1 for a bare number in none. */
    int factOf(int claim);

    /** The id of the {@code fact}-th fact, without making the fact. */
    default String idOf(int fact) {
        return facts().get(fact).id();
    }

    /** Whether the {@code fact}-th fact has a subject, without making the fact. */
    default boolean hasSubject(int fact) {
        return headOf(fact).subject().isPresent();
    }

    /** The {@code fact}-th fact without its claims, without making the fact. */
    default Fact.Head headOf(int fact) {
        return facts().get(fact).head();
    }

    /** The index of {@code facts}, whose claims are named by the ids {@code claimIds} (in claim order). */
    static FactIndex of(List<Fact> facts, List<String> claimIds) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < claimIds.size(); i++) {
            position.put(claimIds.get(i), i);
        }
        int[] factOfClaim = new int[claimIds.size()];
        Arrays.fill(factOfClaim, -1);
        int[][] claimsOfFact = new int[facts.size()][];
        for (int f = 0; f < facts.size(); f++) {
            Fact fact = facts.get(f);
            int[] claims = new int[fact.claims().size()];
            for (int k = 0; k < claims.length; k++) {
                Integer at = position.get(fact.claims().get(k));
                if (at == null) {
                    throw new IllegalArgumentException("fact " + fact.id() + " names unknown claim " + fact.claims().get(k));
                }
                claims[k] = at;
                factOfClaim[at] = f;
            }
            claimsOfFact[f] = claims;
        }
        List<Fact> copy = List.copyOf(facts);
        return new FactIndex() {
            @Override
            public List<Fact> facts() {
                return copy;
            }

            @Override
            public int[] claimsOf(int fact) {
                return claimsOfFact[fact].clone();
            }

            @Override
            public int factOf(int claim) {
                return factOfClaim[claim];
            }
        };
    }
}
