package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.SourceDoc;

/**
 * The sources of a corpus, sorted by id; their claims, in order of source and position, with
 * their ids in the same order; and the facts the claims make up.
 */
public record ClaimsResult(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<Fact> facts) {

    public ClaimsResult {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        claimIds = List.copyOf(claimIds);
        facts = List.copyOf(facts);
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim");
        }
    }
}
