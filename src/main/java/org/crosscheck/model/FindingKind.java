package org.crosscheck.model;

import java.util.Locale;

/** What a finding says about the claims it links (DESIGN.md, "What counts as a conflict"). */
public enum FindingKind {
    /** Values incompatible at the same time, or for a measure that cannot change. */
    CONFLICT,
    /** Values differ in the direction time allows for a measure that grows. */
    DRIFT,
    /** The same figure for the same subject in different units. */
    UNIT_MISMATCH,
    /** The same figure stated as proposed or planned in one place and as done in another. */
    STATUS_MISMATCH,
    /** One figure given to different subjects for the same measure. */
    ATTRIBUTION,
    /** A stated equivalent that does not match the exchange rate. */
    CONVERSION;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FindingKind fromId(String id) {
        for (FindingKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown finding kind '" + id + "'");
    }
}
