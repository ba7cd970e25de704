package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;
import org.crosscheck.rules.BoundRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.SubunitRule;
import org.crosscheck.rules.UnitRule;
import org.crosscheck.rules.VagueRule;

/**
 * Extracts the claims of a passage: every figure that a currency, a unit or percent governs, with
 * its bounds, range, precision interval, time, and the subject, measure, status and attribution
 * the sentence ties to it. A parenthetical conversion ("17 millions de livres sterling (20
 * millions d'euros)") is one claim with an equivalent. With {@code allNumbers}, bare numbers come
 * too, with the dimension {@code number}.
 */
public final class ClaimExtractor {

    /** Dimension of a bare number no unit governs. */
    public static final String NUMBER_DIMENSION = "number";

    private static final int MAX_LINKS = 2;

    private final NumberScanner numbers;
    private final Map<String, Lexicon> lexicons;
    private final RuleVocabulary vocabulary;
    private final Attachment attachment = new Attachment();

    public ClaimExtractor(RuleSet rules) {
        this.numbers = NumberScanner.of(rules);
        this.vocabulary = new RuleVocabulary(rules);
        this.lexicons = Map.of("fr", vocabulary.lexicon("fr"), "en", vocabulary.lexicon("en"), "", vocabulary.lexicon(""));
    }

    /** The claims of one passage of a document, in order of position. */
    public List<Claim> extract(Document document, Passage passage, boolean allNumbers) {
        String language = document.source().language();
        String text = passage.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        Lexicon lexicon = lexicons.getOrDefault(language, lexicons.get(""));
        Analysis analysis = new Analysis(text, tokens, lexicon.find(tokens), numbers.scan(text, language));

        List<Figure> figures = new ArrayList<>();
        Set<Integer> governed = new HashSet<>();
        Question question = Question.of(analysis);
        for (Analysis.Figure figure : analysis.figures()) {
            if (!governed.contains(figure.index())) {
                quantityAt(analysis, figure, language).ifPresent(built -> {
                    governed.addAll(built.figures());
                    question.keep(built).ifPresent(figures::add);
                });
            }
        }
        vagueFigures(analysis).forEach(vague -> question.keep(vague).ifPresent(figures::add));
        List<DateFinder.DateMention> dates = DateFinder.find(analysis, language, document.source().published(), governed);
        if (allNumbers) {
            for (Analysis.Figure figure : analysis.figures()) {
                if (!governed.contains(figure.index())) {
                    figures.add(bareNumber(analysis, figure, language));
                }
            }
        }
        figures.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Figure> merged = Figure.mergeParentheticals(figures, analysis);
        List<Claim> claims = new ArrayList<>(merged.size());
        for (Figure figure : merged) {
            claims.add(claim(document, passage, analysis, figure, dates));
        }
        return List.copyOf(claims);
    }

    private Claim claim(Document document, Passage passage, Analysis analysis, Figure figure, List<DateFinder.DateMention> dates) {
        List<String> rules = new ArrayList<>(figure.rules());
        boolean number = figure.quantity().dimension().equals(NUMBER_DIMENSION);
        Optional<Attachment.Choice> measure = number ? Optional.empty() : attachment.measure(analysis, figure, vocabulary);
        Optional<Attachment.Choice> subject = number ? Optional.empty() : attachment.subject(analysis, figure, measure);
        Optional<Attachment.Choice> status = number ? Optional.empty() : attachment.status(analysis, figure);
        Optional<Attachment.Choice> attribution = number ? Optional.empty() : attachment.attribution(analysis, figure);
        Optional<DateFinder.DateMention> date = attachment.time(figure, dates);
        date.ifPresent(d -> rules.addAll(d.rules()));
        Optional<TimeRef> time = date.map(DateFinder.DateMention::time)
                .or(() -> document.source().published().map(p -> new TimeRef(p, TimeBasis.PUBLICATION)));
        measure.ifPresent(c -> rules.add(c.ruleId()));
        subject.ifPresent(c -> rules.add(c.ruleId()));
        status.ifPresent(c -> rules.add(c.ruleId()));
        attribution.ifPresent(c -> rules.add(c.ruleId()));
        int start = passage.span().start() + analysis.tokens().get(figure.first()).start();
        int end = passage.span().start() + analysis.tokens().get(figure.last()).end();
        return new Claim(
                document.source().id(),
                document.span(start, end),
                document.text().substring(start, end),
                passage.text(),
                figure.quantity(),
                time,
                subject.map(Attachment.Choice::value),
                measure.map(Attachment.Choice::value),
                status.map(c -> ClaimStatus.fromId(c.value())).orElse(ClaimStatus.REPORTED),
                attribution.map(Attachment.Choice::value),
                figure.equivalents(),
                rules.stream().distinct().sorted().toList());
    }

    /** The quantity a figure states, when a currency, unit or percent governs it. */
    private Optional<Figure> quantityAt(Analysis analysis, Analysis.Figure number, String language) {
        List<String> rules = new ArrayList<>(vocabulary.numberRules(analysis, number, language));
        Set<Integer> used = new HashSet<>(Set.of(number.index()));
        int first = number.first();
        int last = number.last();
        BigDecimal low = number.number().value();
        BigDecimal high = low;
        BigDecimal precision = precision(analysis, number);
        boolean range = false;

        Optional<Analysis.Figure> second = rangeEnd(analysis, number);
        Optional<Lexicon.Match> opening = Optional.empty();
        if (second.isPresent()) {
            range = true;
            opening = analysis.endingAt(first - 1, Lexicon.Category.RANGE_OPENING);
            opening.ifPresent(o -> rules.add(o.meaning().ruleId()));
            used.add(second.get().index());
            rules.addAll(vocabulary.numberRules(analysis, second.get(), language));
            high = second.get().number().value();
            if (second.get().number().scaled() && !number.number().scaled()) {
                low = low.multiply(vocabulary.scaleOf(analysis, second.get(), language));
            }
            last = second.get().last();
        }
        int before = opening.map(Lexicon.Match::first).orElse(first) - 1;
        Optional<Lexicon.Match> symbolBefore = currencySymbolEndingAt(analysis, before);
        Optional<Lexicon.Match> unitAfter = Optional.empty();
        int afterUnit = last;
        if (symbolBefore.isEmpty()) {
            int p = last + 1;
            List<String> links = new ArrayList<>();
            unitAfter = symbolStartingAt(analysis, p);
            for (int k = 0; unitAfter.isEmpty() && k <= MAX_LINKS; k++) {
                unitAfter = unitAt(analysis, p, k > 0);
                if (unitAfter.isEmpty()) {
                    Optional<Lexicon.Match> link = analysis.startingAt(p, Lexicon.Category.LINK);
                    if (link.isEmpty()) {
                        break;
                    }
                    links.add(link.get().meaning().ruleId());
                    p = link.get().last() + 1;
                }
            }
            if (unitAfter.isPresent()) {
                rules.addAll(links);
                afterUnit = unitAfter.get().last();
            }
        }
        int start = symbolBefore.map(Lexicon.Match::first).orElse(opening.map(Lexicon.Match::first).orElse(first));
        Optional<Lexicon.Match> unitMatch = symbolBefore.isPresent() ? symbolBefore : unitAfter;
        if (unitMatch.isEmpty()) {
            Optional<Lexicon.Match> link = analysis.endingAt(before, Lexicon.Category.LINK);
            unitMatch = link.flatMap(l -> percentWordEndingAt(analysis, l.first() - 1));
            if (unitMatch.isPresent()) {
                rules.add(link.get().meaning().ruleId());
                start = unitMatch.get().first();
            }
        }
        UnitRule unit;
        if (unitMatch.isPresent()) {
            unit = vocabulary.resolveUnit(unitMatch.get(), analysis);
        } else {
            Optional<Lexicon.Match> subunit = subunitAfter(analysis, last, language);
            if (subunit.isEmpty() || range) {
                return Optional.empty();
            }
            SubunitRule rule = (SubunitRule) subunit.get().meaning().value();
            rules.add(rule.id());
            unit = vocabulary.unit(vocabulary.currencyOf(rule, analysis));
            low = low.multiply(rule.factor());
            precision = precision.multiply(rule.factor());
            afterUnit = subunit.get().last();
        }
        rules.add(unit.id());
        if (!range && unit.kind().equals("currency")) {
            Optional<Subunits> cents = subunitsAfter(analysis, afterUnit, unit, language);
            if (cents.isPresent()) {
                rules.add(cents.get().rule().id());
                used.add(cents.get().figure().index());
                low = low.add(cents.get().amount());
                precision = cents.get().precision();
                afterUnit = cents.get().last();
            }
        }
        Quantity quantity;
        if (range) {
            quantity = new Quantity(low, low.min(high), low.max(high), Qualifier.RANGE, unit.id(), unit.dimension());
        } else {
            Optional<Lexicon.Match> bound = analysis.endingAt(start - 1, Lexicon.Category.BOUND);
            if (bound.isPresent()) {
                BoundRule rule = (BoundRule) bound.get().meaning().value();
                rules.add(rule.id());
                start = bound.get().first();
                quantity = Intervals.bounded(low, precision, rule, unit.id(), unit.dimension());
            } else {
                quantity = Intervals.exact(low, precision, unit.id(), unit.dimension());
            }
        }
        return Optional.of(new Figure(start, Math.max(afterUnit, last), quantity, List.of(), rules, used));
    }

    /** "des milliers de policiers", "plusieurs milliards de photographies": a quantity said without a figure. */
    private List<Figure> vagueFigures(Analysis analysis) {
        List<Figure> found = new ArrayList<>();
        for (Lexicon.Match vague : analysis.phrases(Lexicon.Category.VAGUE)) {
            VagueRule rule = (VagueRule) vague.meaning().value();
            List<String> rules = new ArrayList<>(List.of(rule.id()));
            int p = vague.last() + 1;
            BigDecimal scale = BigDecimal.ONE;
            Optional<RuleVocabulary.Scale> scaleWord = vocabulary.scaleWordAt(analysis, p);
            if (scaleWord.isPresent()) {
                scale = scaleWord.get().value();
                rules.add(scaleWord.get().ruleId());
                p++;
            }
            Optional<Lexicon.Match> unit = Optional.empty();
            for (int k = 0; unit.isEmpty() && k <= MAX_LINKS; k++) {
                unit = analysis.startingAt(p, Lexicon.Category.UNIT_WORD);
                Optional<Lexicon.Match> link = analysis.startingAt(p, Lexicon.Category.LINK);
                if (unit.isEmpty() && link.isPresent()) {
                    rules.add(link.get().meaning().ruleId());
                    p = link.get().last() + 1;
                } else if (unit.isEmpty()) {
                    break;
                }
            }
            if (unit.isEmpty() || analysis.figureAt(vague.last() + 1).isPresent()) {
                continue;
            }
            UnitRule unitRule = vocabulary.resolveUnit(unit.get(), analysis);
            rules.add(unitRule.id());
            Quantity quantity = new Quantity(rule.stated().multiply(scale), rule.low().multiply(scale), rule.high().multiply(scale),
                    Qualifier.VAGUE, unitRule.id(), unitRule.dimension());
            found.add(new Figure(vague.first(), unit.get().last(), quantity, List.of(), rules, Set.of()));
        }
        return found;
    }

    private Figure bareNumber(Analysis analysis, Analysis.Figure number, String language) {
        Quantity quantity = Intervals.exact(number.number().value(), precision(analysis, number), "", NUMBER_DIMENSION);
        return new Figure(number.first(), number.last(), quantity, List.of(), vocabulary.numberRules(analysis, number, language),
                Set.of(number.index()));
    }

    /** "2-3 million", "entre 101 et 500", "between 2 and 3": the figure that ends a range starting with {@code number}. */
    private static Optional<Analysis.Figure> rangeEnd(Analysis analysis, Analysis.Figure number) {
        int next = number.last() + 1;
        if (analysis.isSymbol(next, '-') || analysis.isSymbol(next, '–')) {
            return analysis.figureAt(next + 1);
        }
        Optional<Lexicon.Match> joining = analysis.startingAt(next, Lexicon.Category.RANGE_JOINING);
        if (joining.isPresent() && analysis.endingAt(number.first() - 1, Lexicon.Category.RANGE_OPENING).isPresent()) {
            return analysis.figureAt(joining.get().last() + 1);
        }
        return Optional.empty();
    }

    /** A unit word at token {@code index}; after link words also a symbol ("75 millions de $"). */
    private static Optional<Lexicon.Match> unitAt(Analysis analysis, int index, boolean afterLink) {
        Optional<Lexicon.Match> word = analysis.startingAt(index, Lexicon.Category.UNIT_WORD);
        return word.isPresent() || !afterLink ? word : symbolStartingAt(analysis, index);
    }

    /** "3 dollars 50 cents" after "3 dollars": the subunit amount, its precision, the rule and where it ends. */
    private record Subunits(BigDecimal amount, BigDecimal precision, SubunitRule rule, Analysis.Figure figure, int last) {
    }

    /**
     * A subunit word right after a figure, or after a hyphen, where it may open a compound ("50
     * cents", "one penny", "a 12-cent-a-share dividend").
     */
    private Optional<Lexicon.Match> subunitAfter(Analysis analysis, int last, String language) {
        int at = analysis.isSymbol(last + 1, '-') ? last + 2 : last + 1;
        Optional<Lexicon.Match> word = analysis.startingAt(at, Lexicon.Category.SUBUNIT_WORD);
        if (word.isPresent() || at == last + 1 || at >= analysis.tokens().size()) {
            return word;
        }
        String firstPart = analysis.tokens().get(at).folded().split("-", 2)[0];
        return lexicons.getOrDefault(language, lexicons.get("")).word(firstPart, Lexicon.Category.SUBUNIT_WORD)
                .map(meaning -> new Lexicon.Match(at, at, meaning));
    }

    /** "… dollars (and) 50 cents": a subunit amount of the same currency right after a currency amount. */
    private Optional<Subunits> subunitsAfter(Analysis analysis, int afterUnit, UnitRule currency, String language) {
        int at = afterUnit + 1;
        Optional<Lexicon.Match> connector = analysis.startingAt(at, Lexicon.Category.SUBUNIT_CONNECTOR);
        if (connector.isPresent()) {
            at = connector.get().last() + 1;
        }
        Optional<Analysis.Figure> figure = analysis.figureAt(at);
        if (figure.isEmpty()) {
            return Optional.empty();
        }
        Optional<Lexicon.Match> word = subunitAfter(analysis, figure.get().last(), language);
        if (word.isEmpty() || !((SubunitRule) word.get().meaning().value()).currencies().contains(currency.id())) {
            return Optional.empty();
        }
        SubunitRule rule = (SubunitRule) word.get().meaning().value();
        return Optional.of(new Subunits(figure.get().number().value().multiply(rule.factor()),
                precision(analysis, figure.get()).multiply(rule.factor()), rule, figure.get(), word.get().last()));
    }

    /**
     * "percent of 10", "pourcentage de vingt": a percent word before the figure, joined by a link
     * word, when no figure of its own comes before it (in "20 percent of 10", 10 is the whole).
     */
    private static Optional<Lexicon.Match> percentWordEndingAt(Analysis analysis, int index) {
        return analysis.endingAt(index, Lexicon.Category.UNIT_WORD)
                .filter(m -> ((UnitRule) m.meaning().value()).kind().equals("percent"))
                .filter(m -> analysis.figureEndingAt(m.first() - 1).isEmpty());
    }

    private static Optional<Lexicon.Match> currencySymbolEndingAt(Analysis analysis, int index) {
        return analysis.endingAt(index, Lexicon.Category.UNIT_SYMBOL)
                .filter(m -> ((UnitRule) m.meaning().value()).kind().equals("currency"))
                .or(() -> analysis.endingAt(index, Lexicon.Category.SHARED_SYMBOL));
    }

    private static Optional<Lexicon.Match> symbolStartingAt(Analysis analysis, int index) {
        return analysis.startingAt(index, Lexicon.Category.UNIT_SYMBOL)
                .or(() -> analysis.startingAt(index, Lexicon.Category.SHARED_SYMBOL));
    }

    /**
     * The unit of a figure's last significant digit as written: trailing zeros of a plain figure
     * are rounding ("290 000" is precise to 10,000); every digit before a scale word counts ("10
     * milliards" is precise to one billion); number words are taken to two significant digits.
     */
    private static BigDecimal precision(Analysis analysis, Analysis.Figure figure) {
        BigDecimal value = figure.number().value();
        if (figure.number().fromWords()) {
            return Intervals.significantUnit(value, 2);
        }
        if (figure.number().scaled()) {
            String written = analysis.text().substring(figure.number().start(), figure.number().end());
            int digits = 0;
            boolean leading = true;
            for (int i = 0; i < written.length() && !Character.isLetter(written.charAt(i)); i++) {
                char c = written.charAt(i);
                if (Character.isDigit(c) && !(leading && c == '0')) {
                    digits++;
                    leading = false;
                }
            }
            return Intervals.significantUnit(value, digits);
        }
        return Intervals.lastDigitUnit(value);
    }
}
