package org.crosscheck.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An article as planned: its source id, language, date, publisher and size, and the facts it states. */
final class Article {

    final String source;
    final Lang lang;
    final LocalDate published;
    final String publisher;
    final int targetBytes;
    /** Seed of the article's own random numbers, for the text around its statements. */
    final long seed;
    /** How many more facts it can take. */
    int room;
    final List<Fact> facts = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    /** The figures its statements give, by unit and value: one gold quote and value name one claim of an article. */
    final Set<Long> figures = new HashSet<>();

    Article(String source, Lang lang, LocalDate published, String publisher, int targetBytes, int room, long seed) {
        this.source = source;
        this.lang = lang;
        this.published = published;
        this.publisher = publisher;
        this.targetBytes = targetBytes;
        this.room = room;
        this.seed = seed;
    }
}
