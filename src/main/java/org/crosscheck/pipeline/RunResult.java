package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.SourceDoc;

/**
 * What a run found: the sources, sorted by id; their claims in order of source and position, with
 * their ids in the same order; the facts the claims make up; the findings, most severe first.
 */
public record RunResult(List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<Fact> facts,
                        List<Finding> findings) {

    public RunResult {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        claimIds = List.copyOf(claimIds);
        facts = List.copyOf(facts);
        findings = List.copyOf(findings);
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim");
        }
    }
}
