package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.rules.BoundRule;
import org.crosscheck.rules.RangeRule;
import org.crosscheck.rules.SubunitRule;
import org.crosscheck.rules.UnitRule;
import org.crosscheck.rules.VagueRule;

/**
 * Reads the quantity a figure states: its range, the currency, unit or percent that governs it
 * (with at most two link words between), a subunit amount that follows ("3 dollars 50 cents"), and
 * the bound words before it; and the quantities said without a figure ("des milliers de").
 */
final class QuantityReader {

    private static final int MAX_LINKS = 2;
    private static final String CODE_CHARACTERS = "%/=&#_\\";

    private final RuleVocabulary vocabulary;
    private final UnitLookup units;

    QuantityReader(RuleVocabulary vocabulary, UnitLookup units) {
        this.vocabulary = vocabulary;
        this.units = units;
    }

    /** The quantity a figure states, when a currency, unit or percent governs it. */
    Optional<Figure> read(Analysis analysis, Analysis.Figure number, String language) {
        if (partOfAName(analysis, number) || numberedName(analysis, number) || insideCode(analysis, number)) {
            return Optional.empty();
        }
        List<String> rules = new ArrayList<>(vocabulary.numberRules(analysis, number, language));
        Set<Integer> used = new HashSet<>(Set.of(number.index()));
        int first = number.first();
        int last = number.last();
        BigDecimal low = number.number().value();
        BigDecimal high = low;
        BigDecimal precision = Precision.of(analysis, number);
        boolean range = false;

        Optional<Analysis.Figure> second = rangeEnd(analysis, number);
        Optional<Lexicon.Match> opening = Optional.empty();
        if (second.isPresent()) {
            range = true;
            opening = analysis.endingAt(first - 1, Lexicon.Category.RANGE_OPENING);
            opening.ifPresent(o -> rules.add(o.meaning().ruleId()));
            analysis.startingAt(number.last() + 1, Lexicon.Category.RANGE_JOINING).ifPresent(j -> rules.add(j.meaning().ruleId()));
            used.add(second.get().index());
            rules.addAll(vocabulary.numberRules(analysis, second.get(), language));
            high = second.get().number().value();
            if (second.get().number().scaled() && !number.number().scaled()) {
                low = low.multiply(vocabulary.scaleOf(analysis, second.get(), language));
            }
            last = second.get().last();
        }
        int before = opening.map(Lexicon.Match::first).orElse(first) - 1;
        Optional<Lexicon.Match> symbolBefore = UnitLookup.currencySymbolEndingAt(analysis, before);
        Optional<Lexicon.Match> unitAfter = Optional.empty();
        int afterUnit = last;
        if (symbolBefore.isEmpty()) {
            int p = last + 1;
            List<String> links = new ArrayList<>();
            unitAfter = UnitLookup.symbolStartingAt(analysis, p);
            for (int k = 0; unitAfter.isEmpty() && k <= MAX_LINKS; k++) {
                unitAfter = UnitLookup.unitAt(analysis, p, k > 0);
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
            unitMatch = link.flatMap(l -> UnitLookup.percentWordEndingAt(analysis, l.first() - 1));
            if (unitMatch.isPresent()) {
                rules.add(link.get().meaning().ruleId());
                start = unitMatch.get().first();
            }
        }
        if (unitMatch.isEmpty() && !range) {
            Optional<Lexicon.Match> whole = partitiveUnit(analysis, last);
            if (whole.isPresent()) {
                unitMatch = whole;
                afterUnit = whole.get().last();
                rules.add(analysis.startingAt(last + 1, Lexicon.Category.LINK).orElseThrow().meaning().ruleId());
            }
        }
        UnitRule unit;
        if (unitMatch.isPresent()) {
            unit = vocabulary.resolveUnit(unitMatch.get(), analysis);
        } else {
            Optional<Lexicon.Match> subunit = units.subunitAfter(analysis, last, language);
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
        if (!range && unit.dimension().equals(Quantity.MONEY)) {
            Optional<UnitLookup.Subunits> cents = units.subunitsAfter(analysis, afterUnit, unit, language);
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

    /**
     * "13 des 42 agences", "9 of 20 agencies": a part counted in the unit of the whole that follows it
     * (the whole is a claim of its own).
     */
    private static Optional<Lexicon.Match> partitiveUnit(Analysis analysis, int last) {
        Optional<Lexicon.Match> link = analysis.startingAt(last + 1, Lexicon.Category.LINK);
        Optional<Analysis.Figure> whole = link.flatMap(l -> analysis.figureAt(l.last() + 1));
        return whole.flatMap(w -> analysis.startingAt(w.last() + 1, Lexicon.Category.UNIT_WORD))
                .filter(u -> ((UnitRule) u.meaning().value()).kind().equals("count"));
    }

    /**
     * Digits right after a capitalised word inside a sentence number a thing ("Windows 10 users",
     * "Section 230 cases", "Article 5"), unless that word is a phrase of the rules (an entity, a
     * bound, a currency, a month: "Clearview 3 milliards" is not a name).
     */
    private static boolean numberedName(Analysis analysis, Analysis.Figure number) {
        int before = number.first() - 1;
        if (before < 1 || number.number().fromWords()) {
            return false;
        }
        Token word = analysis.tokens().get(before);
        boolean capitalised = word.isWord() && Character.isUpperCase(word.surface().codePointAt(0))
                && word.surface().codePoints().skip(1).noneMatch(Character::isUpperCase)
                && word.surface().codePoints().allMatch(Character::isLetter);
        return capitalised && analysis.endingAtAny(before).isEmpty();
    }

    /**
     * Digits glued to a URL or code character before them ("%2000", "id=42", "/3458/"), or to a run
     * of digits and a dash ("26-05-2021"), are no figure.
     */
    private static boolean insideCode(Analysis analysis, Analysis.Figure number) {
        String text = analysis.text();
        int start = number.number().start();
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return CODE_CHARACTERS.indexOf(before) >= 0
                || (before == '-' && start >= 2 && Character.isDigit(text.charAt(start - 2)));
    }

    /** Digits hyphenated to the word before them name something ("Covid-19 cases", "A-320 jets"): no quantity. */
    private static boolean partOfAName(Analysis analysis, Analysis.Figure number) {
        int hyphen = number.first() - 1;
        if (hyphen < 1 || !analysis.isSymbol(hyphen, '-')) {
            return false;
        }
        Token before = analysis.tokens().get(hyphen - 1);
        Token dash = analysis.tokens().get(hyphen);
        return before.isWord() && before.end() == dash.start() && dash.end() == number.number().start()
                && Character.isLetter(before.surface().charAt(before.surface().length() - 1));
    }

    /** "des milliers de policiers", "plusieurs milliards de photographies": a quantity said without a figure. */
    List<Figure> vague(Analysis analysis, String language) {
        List<Figure> found = new ArrayList<>();
        for (Lexicon.Match vague : Lexicon.outermost(analysis.phrases(Lexicon.Category.VAGUE))) {
            VagueRule rule = (VagueRule) vague.meaning().value();
            List<String> rules = new ArrayList<>(List.of(rule.id()));
            int p = vague.last() + 1;
            BigDecimal scale = BigDecimal.ONE;
            Optional<RuleVocabulary.Scale> scaleWord = vocabulary.scaleWordAt(analysis, p, language);
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

    /**
     * "2-3 million", "entre 101 et 500", "between 2 and 3", "deux à trois milliards": the figure that
     * ends a range starting with {@code number}. Without an opening word the range must rise
     * ("janvier 1990 à 1 015 francs" is no range).
     */
    private static Optional<Analysis.Figure> rangeEnd(Analysis analysis, Analysis.Figure number) {
        int next = number.last() + 1;
        if (analysis.isSymbol(next, '-') || analysis.isSymbol(next, '–')) {
            return analysis.figureAt(next + 1);
        }
        Optional<Lexicon.Match> joining = analysis.startingAt(next, Lexicon.Category.RANGE_JOINING);
        if (joining.isEmpty()) {
            return Optional.empty();
        }
        Optional<Analysis.Figure> end = analysis.figureAt(joining.get().last() + 1);
        if (analysis.endingAt(number.first() - 1, Lexicon.Category.RANGE_OPENING).isPresent()) {
            return Change.cueBeforeOpening(analysis, number.first() - 1).isPresent() ? Optional.empty() : end;
        }
        boolean joinsAlone = ((RangeRule) joining.get().meaning().value()).openingOptional();
        return end.filter(e -> joinsAlone && e.number().value().compareTo(number.number().value()) > 0);
    }
}
