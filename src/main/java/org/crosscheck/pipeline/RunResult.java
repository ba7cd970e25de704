package org.crosscheck.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.FactIndex;
import org.crosscheck.model.Finding;
import org.crosscheck.model.SourceDoc;

/**
 * What a run found: the sources, sorted by id; their claims in order of source and position, with
 * their ids in the same order; the facts the claims make up; the findings, most severe first. The
 * claims of a large corpus are read from disk one by one as the list is read.
 */
public record RunResult(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, FactIndex factIndex,
                        List<Finding> findings) {

    public RunResult {
        sources = List.copyOf(sources);
        claims = Collections.unmodifiableList(claims);
        claimIds = Collections.unmodifiableList(claimIds);
        requireNonNull(factIndex, "factIndex");
        findings = List.copyOf(findings);
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim");
        }
    }

    /** The facts, in order of their first claim. */
    public List<Fact> facts() {
        return factIndex.facts();
    }
}
