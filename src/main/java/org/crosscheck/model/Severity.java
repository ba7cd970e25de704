package org.crosscheck.model;

import java.util.Locale;

/** How much a finding matters, most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The less severe of the two. */
    public Severity atMost(Severity cap) {
        return compareTo(cap) >= 0 ? this : cap;
    }

    public static Severity fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (known: error, warning, info)");
    }
}
