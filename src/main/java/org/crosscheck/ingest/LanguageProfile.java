package org.crosscheck.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** Ingestion data for one language: its function words and its abbreviations that end in a period. */
record LanguageProfile(String code, Set<String> functionWords, Set<String> abbreviations) {

    LanguageProfile {
        requireNonNull(code, "code");
        functionWords = Set.copyOf(functionWords);
        abbreviations = Set.copyOf(abbreviations);
    }
}
