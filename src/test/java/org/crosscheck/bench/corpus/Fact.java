package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A fact of the synthetic world: what (measure) about whom (subject), the articles that state it,
 * and what is planted: every article agrees, or two groups of articles conflict, or a growing figure
 * drifts, stated larger later.
 */
final class Fact {

    /** What the articles of a fact are planted to say. */
    enum Plan { AGREE, CONFLICT, DRIFT }

    final String name;
    final Entity subject;
    final Measure measure;
    /** The other company its sentences name (fined, vendor, platform), or null. */
    final Entity object;
    /** The currency its true values are in, or the counted unit. */
    final String unit;
    Plan plan;
    final List<Article> articles = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    /** What the gold file says of the planted values ("3,240,000 EUR in 2 sources against 4,100,000 EUR in 1"). */
    String summary;

    Fact(String name, Entity subject, Measure measure, Entity object, String unit, Plan plan) {
        this.name = name;
        this.subject = subject;
        this.measure = measure;
        this.object = object;
        this.unit = unit;
        this.plan = plan;
    }

    List<GoldClaim> claims() {
        List<GoldClaim> claims = new ArrayList<>();
        mentions.forEach(m -> claims.addAll(m.claims()));
        return claims;
    }
}
