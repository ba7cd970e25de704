package org.crosscheck.bench.corpus;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes values as news text in French or English: in digits with the language's grouping ("3 240 000
 * euros", "€3,240,000"), with a scale word ("3,24 millions d'euros", "$1.2 billion"), abbreviated
 * ("3,24 M€", "$3.2m"), or in words ("deux douzaines de pays", "two and a half million dollars"),
 * after a bound word when the figure is rounded ("plus de", "nearly", "environ").
 */
final class FigureWriter {

    /** How the digits of a figure are written. */
    enum Style { DIGITS, SCALED, ABBREVIATED, WORDS }

    /** The bound word before a figure, with the engine's qualifier id. */
    enum Bound {
        EXACT("exact"), MORE_THAN("more-than"), AT_LEAST("at-least"), NEAR("approx"), APPROX("approx");

        final String qualifier;

        Bound(String qualifier) {
            this.qualifier = qualifier;
        }
    }

    /** A currency's words: French plural word, French symbol, English prefix symbol, English code, English word. */
    private record Currency(String frWord, String frSymbol, String enPrefix, String enCode, String enWord) {
    }

    private static Currency currency(String code) {
        return switch (code) {
            case "EUR" -> new Currency("euros", "€", "€", "EUR", "euros");
            case "USD" -> new Currency("dollars", "$", "$", "USD", "dollars");
            case "GBP" -> new Currency("livres sterling", "£", "£", "GBP", "pounds");
            case "CHF" -> new Currency("francs suisses", "CHF", "CHF ", "CHF", "Swiss francs");
            case "CAD" -> new Currency("dollars canadiens", null, "C$", "CAD", "Canadian dollars");
            case "SEK" -> new Currency("couronnes suédoises", "SEK", "SEK ", "SEK", "Swedish kronor");
            case "JPY" -> new Currency("yens", null, "¥", "JPY", "yen");
            default -> throw new IllegalArgumentException("no words for currency " + code);
        };
    }

    private static final String[][] FR_NOUNS = {
        {"images", "images", "photos", "visages", "clichés", "photographies"},
        {"searches", "recherches", "requêtes", "consultations"},
        {"clients", "clients"},
        {"users", "utilisateurs", "usagers"},
        {"employees", "salariés", "employés"},
        {"countries", "pays"},
        {"organisations", "services de police", "organismes", "agences"},
    };
    private static final String[][] EN_NOUNS = {
        {"images", "images", "photos", "faces", "pictures", "photographs"},
        {"searches", "searches", "queries", "lookups"},
        {"clients", "customers", "clients"},
        {"users", "users"},
        {"employees", "employees", "staff", "workers"},
        {"countries", "countries"},
        {"organisations", "agencies", "police departments", "organizations", "police forces"},
    };
    private static final String[] FR_DOZENS = {"", "une douzaine", "deux douzaines", "trois douzaines", "quatre douzaines"};
    private static final String[] EN_DOZENS = {"", "a dozen", "two dozen", "three dozen", "four dozen"};
    private static final String[] FR_GROUP_MARKS = {" ", " ", "\u00a0", "\u202f"};

    private FigureWriter() {
    }

    /** Whether {@code unit} is a currency code rather than a counted noun. */
    static boolean isMoney(String unit) {
        return unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT));
    }

    /**
     * A figure stating {@code value} (the rounded figure for a bound), or empty when {@code style}
     * cannot write it; {@code perEuro} puts money on the euro footing at the claim's time (1 for counts).
     */
    static Optional<Figure> figure(long value, String unit, Lang lang, Style style, Bound bound, double perEuro, SplittableRandom random) {
        Optional<String> core = core(value, unit, lang, style, random);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        String quote = core.get();
        String text = bound == Bound.EXACT ? quote : boundWord(bound, lang, quote, unit, random) + quote;
        double stated = value / perEuro;
        double low;
        double high;
        switch (bound) {
            case MORE_THAN, AT_LEAST -> {
                low = stated;
                high = stepAbove(value) / perEuro;
            }
            case NEAR -> {
                low = stated * 0.9;
                high = stated;
            }
            case APPROX -> {
                low = stated * 0.9;
                high = stated * 1.1;
            }
            default -> {
                double half = precision(value, style) / 2 / perEuro;
                low = stated - half;
                high = stated + half;
            }
        }
        return Optional.of(new Figure(text, quote, value, unit, bound.qualifier, stated, low, high));
    }

    private static String boundWord(Bound bound, Lang lang, String core, String unit, SplittableRandom random) {
        boolean elide = lang == Lang.FR && (core.startsWith("un ") || core.startsWith("une "));
        String[] words = switch (bound) {
            case MORE_THAN -> lang == Lang.FR ? new String[] {"plus de "} : new String[] {"more than ", "over "};
            case AT_LEAST -> lang == Lang.FR ? new String[] {"au moins ", "pas moins de "}
                    : isMoney(unit) ? new String[] {"at least ", "no less than "} : new String[] {"at least ", "no fewer than "};
            case NEAR -> lang == Lang.FR ? new String[] {"près de ", "presque ", "quasiment "} : new String[] {"nearly ", "almost ", "close to "};
            case APPROX -> lang == Lang.FR ? (elide ? new String[] {"environ "} : new String[] {"environ ", "quelque "})
                    : new String[] {"about ", "around ", "some ", "roughly ", "approximately "};
            case EXACT -> new String[] {""};
        };
        String word = words[random.nextInt(words.length)];
        return elide && word.endsWith(" de ") ? word.substring(0, word.length() - 3) + "d'" : word;
    }

    /** The figure and its unit without bound words, or empty when {@code style} cannot write {@code value}. */
    static Optional<String> core(long value, String unit, Lang lang, Style style, SplittableRandom random) {
        return isMoney(unit) ? money(value, currency(unit), lang, style, random) : count(value, unit, lang, style, random);
    }

    private static Optional<String> money(long value, Currency currency, Lang lang, Style style, SplittableRandom random) {
        switch (style) {
            case DIGITS -> {
                if (lang == Lang.FR) {
                    String digits = Numbers.digits(value, FR_GROUP_MARKS[random.nextInt(FR_GROUP_MARKS.length)]);
                    boolean symbol = currency.frSymbol() != null && random.nextInt(3) == 0;
                    return Optional.of(symbol ? digits + (random.nextBoolean() ? " " : "\u00a0") + currency.frSymbol()
                            : digits + " " + currency.frWord());
                }
                String digits = Numbers.digits(value, ",");
                return Optional.of(switch (random.nextInt(5)) {
                    case 0 -> digits + " " + currency.enWord();
                    case 1 -> currency.enCode().equals("USD") ? "US$" + digits : currency.enPrefix() + digits;
                    default -> currency.enPrefix() + digits;
                });
            }
            case SCALED -> {
                Optional<Scaled> scaled = scaled(value);
                if (scaled.isEmpty()) {
                    return Optional.empty();
                }
                String m = Numbers.decimal(scaled.get().mantissa(), lang);
                if (lang == Lang.FR) {
                    return Optional.of(m + " " + scaled.get().frenchWord() + " " + de(currency.frWord()));
                }
                String scale = scaled.get().englishWord();
                return Optional.of(switch (random.nextInt(5)) {
                    case 0 -> m + " " + scale + " " + currency.enWord();
                    case 1 -> currency.enCode() + " " + m + " " + scale;
                    default -> currency.enPrefix() + m + " " + scale;
                });
            }
            case ABBREVIATED -> {
                return abbreviated(value, currency, lang);
            }
            default -> {
                Optional<String> words = scaleWords(value, lang);
                if (words.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(lang == Lang.FR ? words.get() + " " + de(currency.frWord()) : words.get() + " " + currency.enWord());
            }
        }
    }

    private static Optional<String> abbreviated(long value, Currency currency, Lang lang) {
        Optional<Scaled> scaled = scaled(value);
        boolean thousands = value >= 10_000 && value < 1_000_000 && value % 1_000 == 0;
        if (lang == Lang.FR) {
            if (currency.frSymbol() == null || !(currency.frSymbol().equals("€") || currency.frSymbol().equals("$"))) {
                return Optional.empty();
            }
            if (thousands && currency.frSymbol().equals("€")) {
                return Optional.of(value / 1_000 + " k€");
            }
            return scaled.map(s -> Numbers.decimal(s.mantissa(), lang) + " " + (s.billions() ? "Md" : "M") + currency.frSymbol());
        }
        if (currency.enPrefix().endsWith(" ")) {
            return Optional.empty();
        }
        if (thousands) {
            return Optional.of(currency.enPrefix() + value / 1_000 + "k");
        }
        return scaled.map(s -> currency.enPrefix() + Numbers.decimal(s.mantissa(), lang) + (s.billions() ? "bn" : "m"));
    }

    private static Optional<String> count(long value, String unit, Lang lang, Style style, SplittableRandom random) {
        String noun = noun(unit, lang, random);
        switch (style) {
            case DIGITS -> {
                return Optional.of(Numbers.digits(value, lang == Lang.FR ? FR_GROUP_MARKS[random.nextInt(FR_GROUP_MARKS.length)] : ",")
                        + " " + noun);
            }
            case SCALED -> {
                return scaled(value).map(s -> Numbers.decimal(s.mantissa(), lang) + " "
                        + (lang == Lang.FR ? s.frenchWord() + " " + de(noun) : s.englishWord() + " " + noun));
            }
            case ABBREVIATED -> {
                if (lang == Lang.EN || value < 1_000_000_000L) {
                    return Optional.empty();
                }
                return scaled(value).map(s -> Numbers.decimal(s.mantissa(), lang) + " Md " + de(noun));
            }
            default -> {
                if (value % 12 == 0 && value <= 48 && !unit.equals("organisations")) {
                    int dozens = (int) (value / 12);
                    return Optional.of(lang == Lang.FR ? FR_DOZENS[dozens] + " " + de(noun) : EN_DOZENS[dozens] + " " + noun);
                }
                if (value < 1_000) {
                    return Optional.of(Numbers.words((int) value, lang) + " " + noun);
                }
                return scaleWords(value, lang).map(w -> w + " " + (lang == Lang.FR ? de(noun) : noun));
            }
        }
    }

    private static String noun(String unit, Lang lang, SplittableRandom random) {
        for (String[] nouns : lang == Lang.FR ? FR_NOUNS : EN_NOUNS) {
            if (nouns[0].equals(unit)) {
                return nouns[1 + random.nextInt(nouns.length - 1)];
            }
        }
        throw new IllegalArgumentException("no noun for unit " + unit);
    }

    /** A value as a mantissa of millions or billions with few decimals ("3.24 million", "450 million", "123.5 million"). */
    private record Scaled(BigDecimal mantissa, boolean billions) {

        String frenchWord() {
            boolean plural = mantissa.compareTo(BigDecimal.valueOf(2)) >= 0;
            return (billions ? "milliard" : "million") + (plural ? "s" : "");
        }

        String englishWord() {
            return billions ? "billion" : "million";
        }
    }

    private static Optional<Scaled> scaled(long value) {
        if (value < 1_000_000) {
            return Optional.empty();
        }
        boolean billions = value >= 1_000_000_000L;
        BigDecimal mantissa = BigDecimal.valueOf(value).movePointLeft(billions ? 9 : 6).stripTrailingZeros();
        int allowed = mantissa.compareTo(BigDecimal.TEN) < 0 ? 3 : mantissa.compareTo(BigDecimal.valueOf(100)) < 0 ? 2 : 1;
        return Math.max(0, mantissa.scale()) <= allowed ? Optional.of(new Scaled(mantissa, billions)) : Optional.empty();
    }

    /** Millions or billions in words: "trois millions", "un million et demi", "two and a half billion", "half a million". */
    private static Optional<String> scaleWords(long value, Lang lang) {
        if (value == 500_000) {
            return Optional.of(lang == Lang.FR ? "un demi-million" : "half a million");
        }
        Optional<Scaled> scaled = scaled(value);
        if (scaled.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal mantissa = scaled.get().mantissa();
        BigDecimal twice = mantissa.multiply(BigDecimal.valueOf(2));
        if (twice.stripTrailingZeros().scale() > 0 || mantissa.compareTo(BigDecimal.valueOf(20)) > 0) {
            return Optional.empty();
        }
        int whole = mantissa.intValue();
        boolean half = twice.intValue() % 2 == 1;
        if (half && whole > 9) {
            return Optional.empty();
        }
        String number = Numbers.words(whole, lang);
        if (lang == Lang.FR) {
            String scale = scaled.get().frenchWord();
            return Optional.of(number + " " + scale + (half ? " et demi" : ""));
        }
        return Optional.of((half ? number + " and a half " : number + " ") + scaled.get().englishWord());
    }

    /** French "de" before a noun: "d'euros", "de dollars". */
    static String de(String noun) {
        return "aeiouéèêh".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "d'" + noun : "de " + noun;
    }

    /** One unit of the leading digit above a figure, as the engine bounds "plus de 3 millions" (below 4 million). */
    private static double stepAbove(long value) {
        long step = 1;
        while (step * 10 <= value) {
            step *= 10;
        }
        return (value / step + 1) * (double) step;
    }

    /** The unit of a figure's last significant digit as the engine reads it (two digits for words). */
    private static double precision(long value, Style style) {
        long unit = 1;
        if (style == Style.WORDS) {
            long step = 1;
            while (step * 10 <= value) {
                step *= 10;
            }
            return Math.max(1, step / 10);
        }
        int digits = Long.toString(value).length();
        long rest = value;
        int zeros = 0;
        while (rest > 0 && rest % 10 == 0) {
            rest /= 10;
            zeros++;
        }
        int rounded = digits >= 4 ? Math.min(zeros, digits - 2) : 0;
        for (int i = 0; i < rounded; i++) {
            unit *= 10;
        }
        return unit;
    }
}
