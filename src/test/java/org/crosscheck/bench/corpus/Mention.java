package org.crosscheck.bench.corpus;

import java.util.List;

/**
 * What one article says about one fact: the sentences, and the claims they make for the gold file.
 * A company's undated figure may instead be said as a clause after the company's name in another
 * statement about it ("Vortelia, valorisée 450 M€, a levé au total 32 M€"):
 *
 * @param clause that clause ({e}: French feminine agreement), or null when the figure cannot be one
 * @param opening where in the first sentence such a clause may follow the subject's name, or -1
 * @param feminine whether the subject's name in the first sentence is feminine, for the French clause's agreement
 */
record Mention(Fact fact, List<String> sentences, List<GoldClaim> claims, String clause, int opening, boolean feminine) {

    Mention {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }
}
