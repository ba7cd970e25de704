package org.crosscheck.reconcile;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.Quantity;

/**
 * A claim ready for comparison: its id, the claim, and one of its figures on a common footing (its
 * own, or a stated equivalent).
 *
 * @param figure the figure as the claim states it
 */
record Stated(String id, Claim claim, Quantity figure, Normalized value) {

    /** Corpus order, by source id and position: the order files are listed in does not change it. */
    static final Comparator<Stated> IN_CORPUS = Comparator.comparing((Stated s) -> s.claim().sourceId())
            .thenComparingInt(s -> s.claim().span().start())
            .thenComparing(Stated::id);

    Stated {
        requireNonNull(id, "id");
        requireNonNull(claim, "claim");
        requireNonNull(figure, "figure");
        requireNonNull(value, "value");
    }
}
