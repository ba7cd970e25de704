package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.crosscheck.model.Diagnostic;

/** Writes warnings about corpus files on stderr. */
final class Diagnostics {

    private Diagnostics() {
    }

    /** Prints each warning on {@code err}, as "warning: corpus/a.md:3: message". */
    static Consumer<Diagnostic> warningsTo(PrintWriter err) {
        return diagnostic -> {
            err.println("warning: " + diagnostic);
            err.flush();
        };
    }
}
