package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An editor's decision on one finding, as rules/resolutions.yaml records it.
 *
 * @param finding the finding's stable id
 * @param value the correct value, when the editor gives one ("250,000 EUR")
 * @param by who decided
 * @param date when, YYYY-MM-DD
 * @param line where the entry starts in the resolutions file, for stale warnings
 */
public record Resolution(String finding, ResolutionStatus status, String note, Optional<String> value, Optional<String> by,
                         Optional<String> date, int line) {

    public Resolution {
        requireNonNull(finding, "finding");
        requireNonNull(status, "status");
        requireNonNull(note, "note");
        requireNonNull(value, "value");
        requireNonNull(by, "by");
        requireNonNull(date, "date");
    }
}
