package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

/** The time a claim refers to, at its own precision, and where it comes from. */
public record TimeRef(PartialDate value, TimeBasis basis) {

    public TimeRef {
        requireNonNull(value, "value");
        requireNonNull(basis, "basis");
    }
}
