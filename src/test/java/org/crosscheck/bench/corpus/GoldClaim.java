package org.crosscheck.bench.corpus;

/**
 * A claim as a gold file names it: its source (the engine's source id, the corpus-relative path), a
 * quote its text contains, its value, unit and qualifier, and its subject's name when the sentence names it.
 */
record GoldClaim(String source, String quote, long value, String unit, String qualifier, String subject) {
}
