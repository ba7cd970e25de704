package org.crosscheck.group;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SearchHit;

/** Where grouping finds evidence for a claim without a subject: passages of other sources like its sentence. */
@FunctionalInterface
public interface Evidence {

    /** Up to {@code limit} passages like {@code claim}'s sentence, scored by term overlap from 0 to 1, best first. */
    List<SearchHit> similarTo(Claim claim, int limit);

    /**
     * {@link #similarTo} of each claim, in the claims' order; an implementation may look them up
     * in parallel, as the lookups are independent.
     */
    default List<List<SearchHit>> similarToEach(List<Claim> claims, int limit) {
        List<List<SearchHit>> found = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            found.add(similarTo(claim, limit));
        }
        return found;
    }
}
