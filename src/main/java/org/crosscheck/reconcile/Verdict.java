package org.crosscheck.reconcile;

/** How two figures compare: agreeing, meeting only at the edge of their ranges, or apart. */
public enum Verdict {
    /** Intervals meet and central values are within the tolerance. */
    AGREE,
    /** Intervals meet, central values differ by more than the tolerance. */
    EDGE,
    /** Intervals do not meet. */
    DISJOINT
}
