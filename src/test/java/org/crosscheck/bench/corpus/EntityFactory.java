package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crosscheck.bench.corpus.FrenchName.Article;

/**
 * Makes the synthetic world's entities from invented names: companies named by a brand ("Vortelia",
 * "Vortelia Labs"), and authorities, agencies and organisations named after an invented place or
 * founder in the patterns of real ones ("Kelvora Data Protection Authority", "l'Autorité de protection
 * des données de Kelvora").
 */
final class EntityFactory {

    /** One naming pattern: English full and short names, French full and short names; %s is the invented name. */
    private record Pattern(String englishFull, String englishShort, FrenchName frenchFull, FrenchName frenchShort) {
    }

    private static final Pattern[] AUTHORITIES = {
        new Pattern("%s Data Protection Authority", "%s data regulator",
                new FrenchName("Autorité de protection des données de %s", Article.ELIDED, true),
                new FrenchName("régulateur des données de %s", Article.LE, false)),
        new Pattern("%s Competition Commission", "%s competition watchdog",
                new FrenchName("Commission de la concurrence de %s", Article.LA, true),
                new FrenchName("gendarme de la concurrence de %s", Article.LE, false)),
        new Pattern("%s Financial Markets Authority", "%s markets regulator",
                new FrenchName("Autorité des marchés financiers de %s", Article.ELIDED, true),
                new FrenchName("régulateur des marchés de %s", Article.LE, false)),
        new Pattern("%s Consumer Protection Office", "%s consumer watchdog",
                new FrenchName("Office de protection des consommateurs de %s", Article.ELIDED, false),
                new FrenchName("gendarme des consommateurs de %s", Article.LE, false)),
        new Pattern("%s Telecoms Regulator", "%s telecoms watchdog",
                new FrenchName("Régulateur des télécommunications de %s", Article.LE, false),
                new FrenchName("autorité des télécoms de %s", Article.ELIDED, true)),
    };

    private static final Pattern[] AGENCIES = {
        new Pattern("%s Police Service", "%s police",
                new FrenchName("police de %s", Article.LA, true),
                new FrenchName("service de police de %s", Article.LE, false)),
        new Pattern("%s Transport Agency", "%s transit authority",
                new FrenchName("agence des transports de %s", Article.ELIDED, true),
                new FrenchName("régie des transports de %s", Article.LA, true)),
        new Pattern("%s Border Agency", "%s border police",
                new FrenchName("agence des frontières de %s", Article.ELIDED, true),
                new FrenchName("police aux frontières de %s", Article.LA, true)),
        new Pattern("%s Health Service", "%s health authority",
                new FrenchName("service de santé de %s", Article.LE, false),
                new FrenchName("agence de santé de %s", Article.ELIDED, true)),
        new Pattern("%s Tax Administration", "%s tax office",
                new FrenchName("administration fiscale de %s", Article.ELIDED, true),
                new FrenchName("fisc de %s", Article.LE, false)),
    };

    private static final Pattern[] ORGANISATIONS = {
        new Pattern("%s Foundation", "%s charity",
                new FrenchName("Fondation %s", Article.LA, true),
                new FrenchName("association caritative %s", Article.ELIDED, true)),
        new Pattern("%s Institute", "%s Research Institute",
                new FrenchName("Institut %s", Article.ELIDED, false),
                new FrenchName("institut de recherche %s", Article.ELIDED, false)),
    };

    private static final String[] COMPANY_SUFFIXES = {"Systems", "Labs", "Technologies", "Analytics", "Robotics", "Data", "Software", "Networks"};

    /** How French articles present a company before its brand ("la start-up Vortelia"). */
    private static final FrenchName[] FRENCH_DESCRIPTORS = {
        new FrenchName("start-up %s", Article.LA, true),
        new FrenchName("éditeur %s", Article.ELIDED, false),
        new FrenchName("groupe %s", Article.LE, false),
        new FrenchName("société %s", Article.LA, true),
        new FrenchName("entreprise %s", Article.ELIDED, true),
    };

    private static final String[] ENGLISH_DESCRIPTORS = {"startup %s", "software maker %s", "tech company %s", "data firm %s"};

    private final NameForge forge;

    EntityFactory(NameForge forge) {
        this.forge = forge;
    }

    Entity create(EntityKind kind, SplittableRandom random) {
        String invented = forge.next();
        return switch (kind) {
            case COMPANY -> company(invented, random);
            case AUTHORITY -> named(kind, invented, AUTHORITIES[random.nextInt(AUTHORITIES.length)]);
            case AGENCY -> named(kind, invented, AGENCIES[random.nextInt(AGENCIES.length)]);
            case ORGANISATION -> named(kind, invented, ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
        };
    }

    private static Entity company(String brand, SplittableRandom random) {
        String full = brand + " " + COMPANY_SUFFIXES[random.nextInt(COMPANY_SUFFIXES.length)];
        List<EnglishName> english = new ArrayList<>(List.of(new EnglishName(brand, false), new EnglishName(brand, false),
                new EnglishName(full, false)));
        english.add(new EnglishName(ENGLISH_DESCRIPTORS[random.nextInt(ENGLISH_DESCRIPTORS.length)].formatted(brand), true));
        FrenchName descriptor = FRENCH_DESCRIPTORS[random.nextInt(FRENCH_DESCRIPTORS.length)];
        List<FrenchName> french = List.of(new FrenchName(brand, Article.NONE, true), new FrenchName(brand, Article.NONE, true),
                new FrenchName(full, Article.NONE, true),
                new FrenchName(descriptor.words().formatted(brand), descriptor.article(), descriptor.feminine()));
        return new Entity("syn-" + Entity.slug(brand) + "-" + EntityKind.COMPANY.idSuffix, EntityKind.COMPANY, brand,
                List.of(brand, full), List.of(brand, full), english, french);
    }

    private static Entity named(EntityKind kind, String invented, Pattern pattern) {
        String englishFull = pattern.englishFull().formatted(invented);
        String englishShort = pattern.englishShort().formatted(invented);
        FrenchName frenchFull = formatted(pattern.frenchFull(), invented);
        FrenchName frenchShort = formatted(pattern.frenchShort(), invented);
        return new Entity("syn-" + Entity.slug(invented) + "-" + kind.idSuffix, kind, englishFull,
                List.of(englishFull, englishShort), List.of(frenchFull.words(), frenchShort.words()),
                List.of(new EnglishName(englishFull, true), new EnglishName(englishFull, true), new EnglishName(englishShort, true)),
                List.of(frenchFull, frenchFull, frenchShort));
    }

    private static FrenchName formatted(FrenchName pattern, String invented) {
        return new FrenchName(pattern.words().formatted(invented), pattern.article(), pattern.feminine());
    }
}
