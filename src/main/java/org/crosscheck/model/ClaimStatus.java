package org.crosscheck.model;

import java.util.Locale;

/** Whether a figure is reported as done, or only proposed, planned or claimed by its subject. */
public enum ClaimStatus {
    REPORTED, PROPOSED, FINAL, PLANNED, CLAIMED_BY_SUBJECT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ClaimStatus fromId(String id) {
        for (ClaimStatus s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + id + "'");
    }
}
