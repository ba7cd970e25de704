package org.crosscheck.bench.corpus;

/**
 * One way a French sentence names an entity: its words ("police de Kelvora"), the article they take
 * and their gender, from which the forms after "de", "à" and "par" follow ("du régulateur", "à la
 * police", "par l'Autorité"). Names start with a consonant unless their article is elided.
 */
record FrenchName(String words, Article article, boolean feminine) {

    /** The article before the words: le, la, l' (elided) or none (a proper name). */
    enum Article { LE, LA, ELIDED, NONE }

    String plain() {
        return switch (article) {
            case LE -> "le " + words;
            case LA -> "la " + words;
            case ELIDED -> "l'" + words;
            case NONE -> words;
        };
    }

    String de() {
        return switch (article) {
            case LE -> "du " + words;
            case LA -> "de la " + words;
            case ELIDED -> "de l'" + words;
            case NONE -> "de " + words;
        };
    }

    String a() {
        return switch (article) {
            case LE -> "au " + words;
            case LA -> "à la " + words;
            case ELIDED -> "à l'" + words;
            case NONE -> "à " + words;
        };
    }

    String par() {
        return "par " + plain();
    }
}
