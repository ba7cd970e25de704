package org.crosscheck.model;

import java.util.Locale;

/** Where a claim's time comes from. */
public enum TimeBasis {
    /** A date stated in the sentence. */
    STATED,
    /** A date relative to the publication date ("en novembre dernier"), resolved against it. */
    RELATIVE,
    /** No date in the sentence: the document's publication date. */
    PUBLICATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
