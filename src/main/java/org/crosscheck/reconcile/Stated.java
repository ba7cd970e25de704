package org.crosscheck.reconcile;

import static java.util.Objects.requireNonNull;

import org.crosscheck.model.Claim;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.Quantity;

/**
 * A claim ready for comparison: its id, the claim, and one of its figures on a common footing (its
 * own, or a stated equivalent).
 *
 * @param figure the figure as the claim states it
 * @param order the claim's position in the corpus, for a stable order among equals
 */
record Stated(String id, Claim claim, Quantity figure, Normalized value, int order) {

    Stated {
        requireNonNull(id, "id");
        requireNonNull(claim, "claim");
        requireNonNull(figure, "figure");
        requireNonNull(value, "value");
    }
}
