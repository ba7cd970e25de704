package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

/**
 * A warning about one input file: a skipped file, an unknown front-matter key, a link not followed.
 *
 * @param line 1-based line in the file, or 0 when the warning is about the whole file
 */
public record Diagnostic(String file, int line, String message) {

    public Diagnostic {
        requireNonNull(file, "file");
        requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    public static Diagnostic of(String file, String message) {
        return new Diagnostic(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
