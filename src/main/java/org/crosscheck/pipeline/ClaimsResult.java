package org.crosscheck.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.FactIndex;
import org.crosscheck.model.SourceDoc;

/**
 * The sources of a corpus, sorted by id; their claims, in order of source and position, with
 * their ids in the same order; and the facts the claims make up. The claims of a large corpus are
 * read from disk one by one as the list is read.
 */
public record ClaimsResult(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, FactIndex factIndex) {

    public ClaimsResult {
        sources = List.copyOf(sources);
        claims = Collections.unmodifiableList(claims);
        claimIds = Collections.unmodifiableList(claimIds);
        requireNonNull(factIndex, "factIndex");
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim");
        }
    }

    /** The facts, in order of their first claim. */
    public List<Fact> facts() {
        return factIndex.facts();
    }
}
