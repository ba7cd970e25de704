package org.crosscheck.bench.corpus;

/** One way an English sentence names an entity: its words, and whether "the" goes before them. */
record EnglishName(String words, boolean article) {

    String plain() {
        return article ? "the " + words : words;
    }

    String possessive() {
        return plain() + "'s";
    }
}
