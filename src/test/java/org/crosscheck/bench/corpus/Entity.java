package org.crosscheck.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic entity: its id, kind and display name as the generated entities.yaml gives them, the
 * names its gazetteer entry lists per language, and the ways sentences name it.
 */
record Entity(String id, EntityKind kind, String name, List<String> namesEn, List<String> namesFr,
              List<EnglishName> english, List<FrenchName> french) {

    Entity {
        namesEn = List.copyOf(namesEn);
        namesFr = List.copyOf(namesFr);
        english = List.copyOf(english);
        french = List.copyOf(french);
    }

    EnglishName english(SplittableRandom random) {
        return english.get(random.nextInt(english.size()));
    }

    FrenchName french(SplittableRandom random) {
        return french.get(random.nextInt(french.size()));
    }

    /** The entry of the generated entities.yaml, with the one example every rule needs. */
    String yaml() {
        String example = switch (kind) {
            case COMPANY -> english.get(0).plain() + " raised €4 million.";
            case AUTHORITY -> capitalized(english.get(0).plain()) + " imposed a €4 million fine.";
            case AGENCY -> capitalized(english.get(0).plain()) + " signed a €4 million contract.";
            case ORGANISATION -> capitalized(english.get(0).plain()) + " has a budget of €4 million.";
        };
        return "- id: " + id + "\n"
                + "  name: " + quoted(name) + "\n"
                + "  type: " + kind.type + "\n"
                + "  names:\n"
                + "    fr: " + list(namesFr) + "\n"
                + "    en: " + list(namesEn) + "\n"
                + "  examples:\n"
                + "    match:\n"
                + "      - {lang: en, text: " + quoted(example) + ", claim: {text: \"€4 million\", subject: " + id + "}}\n";
    }

    static String slug(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String list(List<String> names) {
        return names.stream().map(Entity::quoted).reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
    }

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
