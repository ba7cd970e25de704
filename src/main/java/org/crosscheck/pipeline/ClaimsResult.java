package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceDoc;

/** The sources of a corpus, sorted by id, and their claims, in order of source and position. */
public record ClaimsResult(List<SourceDoc> sources, List<Claim> claims) {

    public ClaimsResult {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
    }
}
