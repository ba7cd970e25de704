package org.crosscheck.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An editor's decision on a finding. */
public enum ResolutionStatus {
    /** The finding is right: a source has the figure wrong. */
    CONFIRMED_ERROR("confirmed-error"),
    /** The figures do not contradict each other (different things, or a wrong extraction). */
    NOT_A_CONFLICT("not-a-conflict"),
    /** The figure did change, and the change is accepted. */
    ACCEPTED_CHANGE("accepted-change");

    private final String id;

    ResolutionStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The status named {@code id}, or an error listing the known ones. */
    public static ResolutionStatus fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown resolution status '" + id + "' (known: "
                        + Arrays.stream(values()).map(ResolutionStatus::id).collect(Collectors.joining(", ")) + ")"));
    }
}
