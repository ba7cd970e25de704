package org.crosscheck.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@code crosscheck fx import} wrote.
 *
 * @param table the derived monthly table
 * @param rows its data rows (one per currency and month)
 * @param sha256 the SHA-256 of the ECB file it was derived from
 */
public record FxImported(Path table, int rows, int currencies, LocalDate firstDay, LocalDate lastDay, String sha256) {

    public FxImported {
        requireNonNull(table, "table");
        requireNonNull(firstDay, "firstDay");
        requireNonNull(lastDay, "lastDay");
        requireNonNull(sha256, "sha256");
    }
}
