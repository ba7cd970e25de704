package org.crosscheck.bench.corpus;

import java.util.SplittableRandom;

/** The invented news outlets that publish the articles and that sentences cite ("selon Le Courrier de Vastel"). */
final class Outlets {

    private static final String[] FRENCH = {"Le Courrier de Vastel", "La Gazette numérique", "L'Écho des réseaux",
        "Le Quotidien du Nord", "Tech et Société", "Le Moniteur des données", "La Dépêche économique", "Le Journal des libertés"};
    private static final String[] ENGLISH = {"The Morning Ledger", "Data Street Journal", "The Northern Herald",
        "Tech Dispatch", "The Civic Record", "Policy Wire", "The Harbour Times", "The Compliance Review"};

    private Outlets() {
    }

    static String pick(Lang lang, SplittableRandom random) {
        String[] outlets = lang == Lang.FR ? FRENCH : ENGLISH;
        return outlets[random.nextInt(outlets.length)];
    }
}
