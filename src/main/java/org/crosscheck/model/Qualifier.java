package org.crosscheck.model;

import java.util.Locale;

/** How a figure's wording bounds the value it states. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, RANGE, VAGUE;

    /** The name used in rules and reports: "more-than". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The qualifier named {@code id} ("more-than"). */
    public static Qualifier fromId(String id) {
        for (Qualifier q : values()) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + id + "'");
    }
}
