package org.crosscheck.bench.corpus;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.crosscheck.bench.corpus.FigureWriter.Bound;
import org.crosscheck.bench.corpus.FigureWriter.Style;
import org.crosscheck.bench.corpus.Phrasebook.Template;

/**
 * Writes what each article of a fact says. It draws the fact's true values (two for a planted conflict
 * or drift: 15–60% apart, or grown by 30–200% at a later date), decides the time each article gives
 * its figure, and phrases each statement: the figure exact, rounded after a bound word that keeps it
 * true, or converted into another currency at the ECB's mean rate of the claim's month, sometimes with
 * a conversion in parentheses or a second sentence that restates it without naming the subject.
 * Every statement of one value stays within 0.85% of it, so any two agree within the policy's 2%;
 * a bound that a reader could take for the other value of a disagreement is never used.
 */
final class FactWriter {

    private static final int ATTEMPTS = 8;
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF", "CAD", "SEK", "JPY"};
    private static final int[] CURRENCY_WEIGHTS = {35, 35, 15, 8, 4, 2, 1};
    private static final String[] SYMBOLS = {"US$", "C$", "€", "$", "£", "¥"};
    private static final String[] FRENCH_SOURCES_BEFORE = {"Selon un document de {pages} pages consulté par {PUB}, ", "D'après nos informations, ",
        "Selon des sources concordantes, ", "Comme l'a révélé {PUB}, "};
    private static final String[] FRENCH_SOURCES_AFTER = {", a appris {PUB}", ", selon {PUB}", ", d'après un document interne"};
    private static final String[] ENGLISH_SOURCES_BEFORE = {"According to a {pages}-page document seen by {PUB}, ",
        "According to people familiar with the matter, ", "As {PUB} first reported, "};
    private static final String[] ENGLISH_SOURCES_AFTER = {", {PUB} has learned", ", according to {PUB}", ", according to an internal document"};
    private static final String[] FRENCH_APPOSITIONS = {"spécialiste de l'analyse d'images", "spécialiste de la reconnaissance faciale",
        "éditeur de logiciels de sécurité", "fournisseur de solutions de vidéosurveillance", "jeune pousse de la cybersécurité"};
    private static final String[] ENGLISH_APPOSITIONS = {"a data analytics firm", "a facial recognition specialist", "a security software vendor",
        "a video surveillance supplier", "a cybersecurity start-up"};
    /** Words that place a state in the present, dropped when the sentence dates it. */
    private static final Pattern STILL = Pattern.compile(" (?:now|désormais|aujourd'hui)(?=[ ,])");
    private static final Pattern FRENCH_ELISION = Pattern.compile("(?<=^|[ ,])de (?=(?:un|une|environ|au moins)[ \u00a0])");

    /** One value of a fact: the truth, the time its articles give it, and its value on the common footing. */
    private record Run(Truth truth, Period period, double footing) {
    }

    /** A statement as written, with where a clause about its subject may go (-1: nowhere) and the French gender of its subject's name. */
    private record Written(String text, int opening, boolean feminine) {
    }

    /** A company's figure as a clause after its name: "Vortelia, valorisée 450 M€, a levé …". */
    private static final Map<Measure, String> FRENCH_CLAUSES = Map.of(Measure.VALUATION, "valorisé{e} {F}", Measure.EMPLOYEES,
            "qui emploie {F}", Measure.CLIENTS, "qui revendique {F}", Measure.USERS, "qui compte {F}", Measure.COUNTRIES, "présent{e} dans {F}");
    private static final Map<Measure, String> ENGLISH_CLAUSES = Map.of(Measure.VALUATION, "valued at {F}", Measure.EMPLOYEES,
            "which employs {F}", Measure.CLIENTS, "which has {F}", Measure.USERS, "which has {F}", Measure.COUNTRIES, "which operates in {F}");
    /** Marks where a clause may follow the subject's name while a sentence is written. */
    private static final String OPENING = "\u0001";

    private final FxTable fx;
    private final boolean gaps;

    /** @param gaps whether to use the phrasings the engine is known to misread */
    FactWriter(FxTable fx, boolean gaps) {
        this.fx = fx;
        this.gaps = gaps;
    }

    /** The base currency of a new money fact. */
    static String baseCurrency(SplittableRandom random) {
        return CURRENCIES[weighted(CURRENCY_WEIGHTS, random)];
    }

    /**
     * Writes the fact's mentions into its articles and registers its figures; false when no values
     * free of other facts' figures were found, and the fact is then left out. A figure is free when
     * no other figure of its article has its unit and value and, outside the gap mix, when no other
     * fact of its measure states it exactly or approximately and, for a count, no other count of its
     * subject has its value: the engine reports such coincidences as possible misattributions or
     * unit mismatches, which at scale are mostly chance.
     */
    boolean write(Fact fact, FigureRegistry registry, Set<Long> subjectCounts, SplittableRandom random) {
        List<Article> articles = new ArrayList<>(fact.articles);
        articles.sort(Comparator.comparing((Article a) -> a.published).thenComparing(a -> a.source));
        int[] runOf = new int[articles.size()];
        Period[] periods = plan(fact, articles, runOf, random);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Run[] runs = draw(fact, periods, attempt >= 2, random);
            if (runs == null) {
                continue;
            }
            List<Mention> mentions = new ArrayList<>();
            List<Set<Long>> figures = new ArrayList<>();
            Set<Long> keys = new HashSet<>();
            Set<Long> counts = new HashSet<>();
            boolean clash = false;
            for (int i = 0; i < articles.size(); i++) {
                Set<Long> local = new HashSet<>();
                mentions.add(mention(fact, articles.get(i), runs, runOf[i], registry, keys, local, counts, random));
                figures.add(local);
                clash |= local.stream().anyMatch(articles.get(i).figures::contains);
            }
            boolean coincides = keys.stream().anyMatch(registry::contains) || counts.stream().anyMatch(subjectCounts::contains);
            if (clash || coincides && !gaps) {
                continue;
            }
            keys.forEach(registry::add);
            subjectCounts.addAll(counts);
            fact.mentions.addAll(mentions);
            for (int i = 0; i < articles.size(); i++) {
                articles.get(i).mentions.add(mentions.get(i));
                articles.get(i).figures.addAll(figures.get(i));
            }
            fact.summary = summary(fact, runs, runOf);
            return true;
        }
        return false;
    }

    /**
     * Splits the articles (sorted by date) between the fact's values and returns the time each value
     * is given: for a drift, the later articles state the larger value at a later month (or year);
     * for a conflict, a few articles state the other value of the same time.
     */
    private static Period[] plan(Fact fact, List<Article> articles, int[] runOf, SplittableRandom random) {
        boolean annual = fact.measure.isAnnual();
        Period first = periodOf(articles.get(0), annual);
        if (fact.plan == Fact.Plan.DRIFT) {
            List<Integer> splits = new ArrayList<>();
            for (int k = 1; k < articles.size(); k++) {
                if (order(periodOf(articles.get(k), annual)) > order(first)) {
                    splits.add(k);
                }
            }
            if (splits.isEmpty()) {
                fact.plan = Fact.Plan.AGREE;
            } else {
                int split = splits.get(random.nextInt(splits.size()));
                for (int i = split; i < runOf.length; i++) {
                    runOf[i] = 1;
                }
                return new Period[] {first, periodOf(articles.get(split), annual)};
            }
        }
        if (fact.plan == Fact.Plan.CONFLICT) {
            int others = 1 + random.nextInt(articles.size() / 2);
            for (int placed = 0; placed < others; ) {
                int i = random.nextInt(articles.size());
                if (runOf[i] == 0) {
                    runOf[i] = 1;
                    placed++;
                }
            }
            return new Period[] {first, first};
        }
        return new Period[] {first};
    }

    /** When an article gives a figure by default: its month, or for an annual figure the year before it was published. */
    private static Period periodOf(Article article, boolean annual) {
        return annual ? Period.ofYear(article.published.getYear() - 1) : Period.of(YearMonth.from(article.published));
    }

    private static int order(Period period) {
        return period.year() * 13 + period.month();
    }

    /**
     * The fact's true values, or null when the draw cannot make the planted disagreement; {@code precise}
     * after failed attempts, when round figures are likely taken by other facts.
     */
    private Run[] draw(Fact fact, Period[] periods, boolean precise, SplittableRandom random) {
        boolean money = fact.measure.isMoney();
        double rate0 = money ? periods[0].perEuro(fx, fact.unit) : 1;
        Truth first = Truth.between(fact.measure.min * rate0, fact.measure.max * rate0, precise, random);
        Run run0 = new Run(first, periods[0], first.value() / rate0);
        if (periods.length == 1) {
            return new Run[] {run0};
        }
        double rate1 = money ? periods[1].perEuro(fx, fact.unit) : 1;
        for (int attempt = 0; attempt < 10; attempt++) {
            double target;
            if (fact.plan == Fact.Plan.DRIFT) {
                target = first.value() * (1.3 + 1.7 * random.nextDouble());
            } else {
                double gap = 1.15 + 0.45 * random.nextDouble();
                target = random.nextBoolean() ? first.value() * gap : first.value() / gap;
            }
            if (fact.measure == Measure.COUNTRIES && target > 190) {
                continue;
            }
            Truth second = Truth.near(target, precise, random);
            Run run1 = new Run(second, periods[1], second.value() / rate1);
            double gap = Math.abs(run0.footing() - run1.footing()) / Math.max(run0.footing(), run1.footing());
            boolean planted = fact.plan == Fact.Plan.DRIFT ? run1.footing() > run0.footing() * 1.2 : gap >= 0.13 && gap <= 0.65;
            if (planted && second.value() != first.value()) {
                return new Run[] {run0, run1};
            }
        }
        return null;
    }

    private Mention mention(Fact fact, Article article, Run[] runs, int r, FigureRegistry registry, Set<Long> keys, Set<Long> local,
                            Set<Long> counts, SplittableRandom random) {
        Run run = runs[r];
        Run other = runs.length > 1 ? runs[1 - r] : null;
        Measure measure = fact.measure;
        boolean money = measure.isMoney();
        Period published = Period.of(YearMonth.from(article.published));
        Period stated = null;
        if (measure.isAnnual()) {
            stated = run.period();
        } else {
            boolean mustDate = measure.grows && fact.plan != Fact.Plan.AGREE || money && !fact.unit.equals("EUR") && !gaps;
            if (mustDate && !published.equals(run.period()) || random.nextInt(10) < 3) {
                stated = run.period();
            }
        }
        Period claimTime = stated != null ? stated : published;

        List<Template> templates = Phrasebook.statements(measure, article.lang, gaps);
        Template template = null;
        Figure figure = null;
        int start = random.nextInt(templates.size());
        for (int i = 0; i < templates.size() && figure == null; i++) {
            template = templates.get((start + i) % templates.size());
            if (template.needsObject() && fact.object == null) {
                continue;
            }
            figure = template.text().contains("{N}") ? bareNumber(run, article.lang)
                    : figure(fact, run, other, article.lang, claimTime, template.attributive(), template.text().startsWith("a {F}"), registry,
                            random);
        }
        if (figure == null) {
            template = templates.stream().filter(t -> !t.attributive() && !t.text().contains("{N}") && (fact.object != null || !t.needsObject()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no template states " + measure.id + " in " + article.lang));
            double perEuro = money ? run.period().perEuro(fx, fact.unit) : 1;
            figure = FigureWriter.figure(run.truth().value(), fact.unit, article.lang, Style.DIGITS, Bound.EXACT, perEuro, random).orElseThrow();
        }
        List<GoldClaim> claims = new ArrayList<>();
        claims.add(new GoldClaim(article.source, figure.quote(), figure.stated(), figure.unit(), figure.qualifier(), fact.subject.name()));
        register(figure, measure, registry, keys, local);
        if (!money) {
            counts.add(figure.stated());
        }
        String figureText = figure.text();
        String equivalentUnit = figure.unit();
        if (money && !template.text().contains("{N}") && random.nextInt(100) < 15) {
            Figure equivalent = converted(figure.stated() / claimTime.perEuro(fx, figure.unit()), otherCurrency(figure.unit(), null, random),
                    article.lang, claimTime, other, measure, registry, random);
            if (equivalent != null) {
                String soit = gaps && article.lang == Lang.FR && random.nextInt(3) == 0 ? "soit " : "";
                figureText = figure.text() + " (" + soit + equivalent.text() + ")";
                equivalentUnit = equivalent.unit();
                register(equivalent, measure, registry, keys, local);
            }
        }
        List<String> sentences = new ArrayList<>();
        Written written = sentence(template, fact, figureText, stated, article.lang, random);
        sentences.add(written.text());
        boolean alone = article.facts.stream().noneMatch(f -> f != fact && f.measure == measure);
        boolean sameTime = published.equals(run.period()) || !measure.grows || fact.plan == Fact.Plan.AGREE;
        if (money && alone && sameTime && (fact.unit.equals("EUR") || published.equals(run.period())) && random.nextInt(100) < 15) {
            Figure restated = converted(run.footing(), otherCurrency(figure.unit(), equivalentUnit, random), article.lang, published, other,
                    measure, registry, random);
            if (restated != null) {
                List<String> phrasings = Phrasebook.restatements(measure, article.lang);
                sentences.add(capitalized(phrasings.get(random.nextInt(phrasings.size())).replace("{F}", restated.text())));
                claims.add(new GoldClaim(article.source, restated.quote(), restated.stated(), restated.unit(), restated.qualifier(), null));
                register(restated, measure, registry, keys, local);
            }
        }
        Map<Measure, String> clauses = article.lang == Lang.FR ? FRENCH_CLAUSES : ENGLISH_CLAUSES;
        String clause = stated == null && sentences.size() == 1 && figureText.equals(figure.text()) && fact.subject.kind() == EntityKind.COMPANY
                && clauses.containsKey(measure) ? clauses.get(measure).replace("{F}", figureText) : null;
        return new Mention(fact, sentences, claims, clause, written.opening(), written.feminine());
    }

    /** Notes a figure's keys: for its measure when it is exact or approximate (it could then look misattributed), and for its article. */
    private static void register(Figure figure, Measure measure, FigureRegistry registry, Set<Long> keys, Set<Long> local) {
        if (attributable(figure.qualifier())) {
            keys.add(registry.key(measure, figure.unit(), figure.stated()));
        }
        local.add(registry.key(figure.unit(), figure.stated()));
    }

    /** Whether the engine compares figures of this qualifier across subjects (policy.yaml, attribution). */
    private static boolean attributable(String qualifier) {
        return qualifier.equals("exact") || qualifier.equals("approx");
    }

    /**
     * A figure stating the run's value: in the fact's own unit exact, after a bound word that keeps
     * it true ("plus de 3,2 millions" for 3,224,000) or rounded after "environ"; or for money, a
     * quarter of the time, converted into another currency at the claim time's rate. The engine reads
     * an English sentence opening with "A $4 million" as Australian dollars, a known gap, so outside
     * the gap mix a figure that opens the sentence ({@code opening}) does not take a bare "$".
     */
    private Figure figure(Fact fact, Run run, Run other, Lang lang, Period claimTime, boolean attributive, boolean opening,
                          FigureRegistry registry, SplittableRandom random) {
        boolean money = fact.measure.isMoney();
        for (int attempt = 0; attempt < 12; attempt++) {
            Figure candidate;
            if (money && random.nextInt(4) == 0) {
                candidate = converted(run.footing(), otherCurrency(fact.unit, null, random), lang, claimTime, other, fact.measure, registry,
                        random);
            } else {
                double perEuro = money ? run.period().perEuro(fx, fact.unit) : 1;
                Truth truth = run.truth();
                int pick = random.nextInt(20);
                if (pick < 5 && truth.value() != truth.round()) {
                    Bound bound = truth.value() > truth.round() ? (random.nextBoolean() ? Bound.MORE_THAN : Bound.AT_LEAST) : Bound.NEAR;
                    candidate = FigureWriter.figure(truth.round(), fact.unit, lang, style(truth.round(), random), bound, perEuro, random)
                            .orElse(null);
                } else if (pick < 9) {
                    long rounded = nearby(truth.value(), v -> registry.contains(registry.key(fact.measure, fact.unit, v)));
                    candidate = Truth.significantDigits(rounded) > 3 ? null
                            : FigureWriter.figure(rounded, fact.unit, lang, style(rounded, random), Bound.APPROX, perEuro, random).orElse(null);
                } else {
                    candidate = FigureWriter.figure(truth.value(), fact.unit, lang, style(truth.value(), random), Bound.EXACT, perEuro, random)
                            .orElse(null);
                }
            }
            if (candidate != null && fits(candidate, run, other)
                    && (!attributive || candidate.qualifier().equals("exact") && startsWithSymbol(candidate.text()))
                    && (gaps || !opening || !candidate.text().startsWith("$"))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The run's value converted into {@code currency} at the rate of {@code time}, rounded as news
     * rounds it, to more digits when another fact of the measure states the rounder figure ("about"
     * only before a figure of three significant digits at most).
     */
    private Figure converted(double euros, String currency, Lang lang, Period time, Run other, Measure measure, FigureRegistry registry,
                             SplittableRandom random) {
        double perEuro = time.perEuro(fx, currency);
        long value = nearby(euros * perEuro, v -> registry.contains(registry.key(measure, currency, v)));
        for (int attempt = 0; attempt < 6; attempt++) {
            Bound bound = random.nextInt(3) == 0 && Truth.significantDigits(value) <= 3 ? Bound.APPROX : Bound.EXACT;
            Figure figure = FigureWriter.figure(value, currency, lang, style(value, random), bound, perEuro, random).orElse(null);
            if (figure != null && figure.holds(euros) && (other == null || !figure.admits(other.footing()))) {
                return figure;
            }
        }
        return null;
    }

    /**
     * Whether a figure states the run's value: its interval holds the value (so the intervals of any two
     * statements meet: "plus de 59 700" stops below 60,000 and cannot state 60,050), its central value
     * is well within tolerance of it, and it could not be read as the other value.
     */
    private static boolean fits(Figure figure, Run run, Run other) {
        return figure.holds(run.footing()) && Math.abs(figure.central() - run.footing()) <= Truth.NEARBY * 1.1 * run.footing()
                && (other == null || !figure.admits(other.footing()));
    }

    /** The run's value in bare digits, for the templates that give its noun themselves ("340 people"). */
    private static Figure bareNumber(Run run, Lang lang) {
        long value = run.truth().value();
        String digits = Numbers.digits(value, lang == Lang.FR ? " " : ",");
        return new Figure(digits, digits, value, "employees", "exact", value, value, value);
    }

    /**
     * The value rounded to the fewest significant digits (two to five) that keep it within
     * {@link Truth#NEARBY} and give a figure not {@code taken} by another fact.
     */
    private static long nearby(double value, LongPredicate taken) {
        for (int digits = 2; digits < 5; digits++) {
            long rounded = Truth.roundTo(value, digits);
            if (Math.abs(rounded - value) <= Truth.NEARBY * value && !taken.test(rounded)) {
                return rounded;
            }
        }
        return Truth.roundTo(value, 5);
    }

    /** How to write a value: news writes tens of millions and more with a scale word, rarely in digits. */
    private static Style style(long value, SplittableRandom random) {
        int pick = random.nextInt(20);
        int digits = value >= 10_000_000 ? 1 : 8;
        return pick < digits ? Style.DIGITS : pick < 13 ? Style.SCALED : pick < 16 ? Style.ABBREVIATED : Style.WORDS;
    }

    private static String otherCurrency(String first, String second, SplittableRandom random) {
        while (true) {
            String currency = CURRENCIES[weighted(CURRENCY_WEIGHTS, random)];
            if (!currency.equals(first) && !currency.equals(second)) {
                return currency;
            }
        }
    }

    private static int weighted(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static boolean startsWithSymbol(String text) {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The template filled in: a company subject sometimes described in apposition ("Vortelia, spécialiste
     * de …,"), the source sometimes cited before or after ("selon Le Courrier de Vastel"), the date it
     * states before or after it, French elisions made and a capital first.
     */
    private static Written sentence(Template template, Fact fact, String figure, Period stated, Lang lang, SplittableRandom random) {
        String text = template.text();
        if (lang == Lang.EN && text.contains("a {F}")) {
            text = text.replace("a {F}", article(figure) + " {F}");
        }
        text = text.replace("{F}", figure).replace("{N}", figure);
        if (stated != null) {
            text = text.replace("{Y}", Integer.toString(stated.year()));
        }
        if (fact.subject.kind() == EntityKind.COMPANY && text.startsWith("{S} ") && random.nextInt(100) < 15) {
            String[] appositions = lang == Lang.FR ? FRENCH_APPOSITIONS : ENGLISH_APPOSITIONS;
            text = "{S}, " + appositions[random.nextInt(appositions.length)] + "," + text.substring(3);
        } else if (stated == null && text.startsWith("{S} ")) {
            text = "{S}" + OPENING + text.substring(3);
        }
        FrenchName french = lang == Lang.FR ? fact.subject.french(random) : null;
        text = lang == Lang.FR ? frenchNames(text, "S", french) : englishNames(text, "S", fact.subject.english(random));
        if (fact.object != null) {
            text = lang == Lang.FR ? frenchNames(text, "O", fact.object.french(random)) : englishNames(text, "O", fact.object.english(random));
        }
        boolean opensWithName = template.text().startsWith("{");
        int cited = random.nextInt(100);
        if (stated != null && !fact.measure.isAnnual()) {
            text = dated(text, opensWithName && cited >= 8, stated, fact.measure.isEvent(), lang, random);
        }
        if (cited < 8 && opensWithName) {
            String[] before = lang == Lang.FR ? FRENCH_SOURCES_BEFORE : ENGLISH_SOURCES_BEFORE;
            text = citation(before[random.nextInt(before.length)], lang, random) + text;
        } else if (cited < 16) {
            String[] after = lang == Lang.FR ? FRENCH_SOURCES_AFTER : ENGLISH_SOURCES_AFTER;
            text = text.substring(0, text.length() - 1) + citation(after[random.nextInt(after.length)], lang, random) + ".";
        }
        if (lang == Lang.FR) {
            text = FRENCH_ELISION.matcher(text).replaceAll("d'");
        }
        int opening = text.indexOf(OPENING);
        return new Written(capitalized(text.replace(OPENING, "")), opening, french != null && french.feminine());
    }

    private static String citation(String phrase, Lang lang, SplittableRandom random) {
        return phrase.replace("{PUB}", Outlets.pick(lang, random)).replace("{pages}", Integer.toString(8 + random.nextInt(230)));
    }

    /** Fills the slots of one entity ({S}, {S.de}, …, and for the subject {e}) with a French name. */
    private static String frenchNames(String text, String slot, FrenchName name) {
        String filled = text.replace("{" + slot + ".de}", name.de()).replace("{" + slot + ".a}", name.a())
                .replace("{" + slot + ".par}", name.par()).replace("{" + slot + "}", name.plain());
        return slot.equals("S") ? filled.replace("{e}", name.feminine() ? "e" : "") : filled;
    }

    /** Fills the slots of one entity ({S}, {S.poss}) with an English name. */
    private static String englishNames(String text, String slot, EnglishName name) {
        return text.replace("{" + slot + ".poss}", name.possessive()).replace("{" + slot + "}", name.plain());
    }

    /**
     * Adds the date a sentence gives its figure: before it when the sentence opens with a name ("En
     * mars 2021, …", "As of March 2021, …"), else at its end ("… en mars 2021", "…, as of March
     * 2021"). An event (a fine, a contract) happened in the month; a state (a count, a valuation) is
     * as of it, and loses its "now".
     */
    private static String dated(String text, boolean opensWithName, Period stated, boolean event, Lang lang, SplittableRandom random) {
        String when = stated.words(lang);
        String plain = event ? text : STILL.matcher(text).replaceAll("");
        if (opensWithName && random.nextBoolean()) {
            String lead;
            if (lang == Lang.FR) {
                lead = event ? "En " : random.nextBoolean() ? "Fin " : "À fin ";
            } else {
                lead = event ? "In " : random.nextBoolean() ? "As of " : "At the end of ";
            }
            return lead + when + ", " + plain;
        }
        int end = plain.length() - 1;
        String tail = event ? (lang == Lang.FR ? " en " : " in ") : (lang == Lang.FR ? ", à fin " : ", as of ");
        return plain.substring(0, end) + tail + when + plain.substring(end);
    }

    /** "a" or "an" before an English figure, by how its number is said ("an €8 million fine", "a $1.2 million deal"). */
    private static String article(String figure) {
        String rest = figure;
        for (String symbol : SYMBOLS) {
            if (rest.startsWith(symbol)) {
                rest = rest.substring(symbol.length());
                break;
            }
        }
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        String group = rest.substring(0, end);
        return group.startsWith("8") || group.equals("11") || group.equals("18") ? "an" : "a";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** What the gold file says of a fact's planted values. */
    private static String summary(Fact fact, Run[] runs, int[] runOf) {
        String label = fact.measure.id + " of " + fact.subject.name();
        int[] sources = new int[runs.length];
        for (int r : runOf) {
            sources[r]++;
        }
        String first = String.format(Locale.ROOT, "%,d %s", runs[0].truth().value(), fact.unit);
        if (runs.length == 1) {
            return label + ": " + first + " in " + sources(sources[0]) + ", phrased differently";
        }
        String second = String.format(Locale.ROOT, "%,d %s", runs[1].truth().value(), fact.unit);
        if (fact.plan == Fact.Plan.DRIFT) {
            return label + ": " + first + " as of " + runs[0].period().words(Lang.EN) + " (" + sources(sources[0]) + "), " + second
                    + " as of " + runs[1].period().words(Lang.EN) + " (" + sources(sources[1]) + "): it grew";
        }
        double gap = Math.abs(runs[0].footing() - runs[1].footing()) / Math.max(runs[0].footing(), runs[1].footing());
        String when = fact.measure.grows ? "both as of " + runs[0].period().words(Lang.EN) : "an amount that does not change";
        return String.format(Locale.ROOT, "%s: %s (%s) against %s (%s), %.0f%% apart, %s", label, first, sources(sources[0]), second,
                sources(sources[1]), gap * 100, when);
    }

    private static String sources(int count) {
        return count == 1 ? "1 source" : count + " sources";
    }
}
