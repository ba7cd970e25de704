package org.crosscheck.group;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SearchHit;

/** Where grouping finds evidence for a claim without a subject: passages of other sources like its sentence. */
@FunctionalInterface
public interface Evidence {

    /** Up to {@code limit} passages like {@code claim}'s sentence, scored by term overlap from 0 to 1, best first. */
    List<SearchHit> similarTo(Claim claim, int limit);
}
