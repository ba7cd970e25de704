package org.crosscheck.group;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Quantity;

/**
 * What grouping reads of a claim, so that a large run's claims can stay on disk while it groups them:
 * its source, where it starts, and the subject, measure and dimension its sentence gives it.
 */
public record ClaimKey(String sourceId, int start, Optional<String> subject, Optional<String> measure, String dimension) {

    public ClaimKey {
        requireNonNull(sourceId, "sourceId");
        requireNonNull(subject, "subject");
        requireNonNull(measure, "measure");
        requireNonNull(dimension, "dimension");
    }

    public static ClaimKey of(Claim claim) {
        return new ClaimKey(claim.sourceId(), claim.span().start(), claim.subject(), claim.measure(), claim.quantity().dimension());
    }

    boolean isBareNumber() {
        return dimension.equals(Quantity.BARE_NUMBER);
    }
}
