package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Quantity;
import org.crosscheck.rules.EntityRule;
import org.crosscheck.rules.MeasureRule;
import org.crosscheck.rules.ScopeRule;
import org.crosscheck.rules.StatusRule;

/**
 * Ties a figure to what the sentence says about it: the measure named nearest to it, the entity
 * nearest to it or to that measure, the nearest status cue, the sentence's attribution and the
 * nearest date. Distances are counted in tokens.
 */
final class Attachment {

    /** How far a status cue may be from the figure and still govern it. */
    private static final int MAX_STATUS_DISTANCE = 10;
    /** How far after "selon"/"according to" the attributed entity may start. */
    private static final int MAX_ATTRIBUTION_GAP = 4;
    private static final int MAX_ATTRIBUTION_WORDS = 8;
    /** How close a date must be to a figure to be its own ("$12 million in 2021"). */
    private static final int ADJACENT_DATE = 2;
    /** How many tokens before an entity an oblique word may stand ("avec le logiciel Clearview"). */
    private static final int OBLIQUE_REACH = 3;

    /** How many tokens may stand between a figure and a scope word ("€ 250,000 (…), for each month"). */
    private static final int SCOPE_REACH = 3;

    /** In a measure's subject types: any other entity when none of the listed types is named. */
    private static final String ANY_TYPE = "any";

    /** What was chosen, the rule it comes from, and where it is in the passage. */
    record Choice(String value, String ruleId, int first, int last) {
    }

    Optional<Choice> measure(Analysis analysis, Figure figure, RuleVocabulary vocabulary) {
        Quantity quantity = figure.quantity();
        Optional<Lexicon.Match> nearest = nearest(analysis.phrases(Lexicon.Category.MEASURE).stream()
                .filter(m -> fits((MeasureRule) m.meaning().value(), quantity))
                .toList(), figure);
        if (nearest.isPresent()) {
            return Optional.of(new Choice(nearest.get().meaning().ruleId(), nearest.get().meaning().ruleId(),
                    nearest.get().first(), nearest.get().last()));
        }
        List<MeasureRule> byUnit = vocabulary.measures().stream()
                .filter(m -> m.units().contains(quantity.unit()) && fits(m, quantity))
                .toList();
        return byUnit.size() == 1
                ? Optional.of(new Choice(byUnit.get(0).id(), byUnit.get(0).id(), figure.first(), figure.last()))
                : Optional.empty();
    }

    /**
     * The scope that narrows a figure: words within {@value #SCOPE_REACH} tokens after it ("per
     * day", "of him"), or before it or among its own opening words ("daily penalty of", "a maximum
     * of"), with no other figure between; words that must name the figure's {@code measure} next
     * ("of the contract") scope it only when they do. The nearest wins.
     */
    Optional<Choice> scope(Analysis analysis, Figure figure, Choice measure) {
        Optional<Lexicon.Match> after = analysis.phrases(Lexicon.Category.SCOPE_AFTER).stream()
                .filter(m -> m.first() > figure.last() && m.first() - figure.last() <= SCOPE_REACH
                        && !analysis.hasFigureBetween(figure.last() + 1, m.first()))
                .filter(m -> !((ScopeRule) m.meaning().value()).ofMeasure() || analysis.startingAt(m.last() + 1, Lexicon.Category.MEASURE)
                        .filter(word -> word.meaning().ruleId().equals(measure.value())).isPresent())
                .min(Comparator.comparingInt(Lexicon.Match::first));
        Optional<Lexicon.Match> before = analysis.phrases(Lexicon.Category.SCOPE_BEFORE).stream()
                .filter(m -> m.last() < figure.last() && m.first() <= figure.first() + SCOPE_REACH
                        && figure.first() - m.last() <= SCOPE_REACH && !analysis.hasFigureBetween(m.last() + 1, figure.first()))
                .max(Comparator.comparingInt(Lexicon.Match::last));
        Optional<Lexicon.Match> nearest = after.isEmpty() ? before : before.isEmpty() ? after
                : Optional.of(distance(before.get(), figure.first(), figure.last()) <= distance(after.get(), figure.first(), figure.last())
                        ? before.get() : after.get());
        return nearest.map(m -> new Choice(((ScopeRule) m.meaning().value()).scope(), m.meaning().ruleId(), m.first(), m.last()));
    }

    /**
     * The entity nearest the figure or its measure that no oblique word governs, among those of
     * {@code types}; of any type when {@code types} is empty, or ends with "any" and none of them is named.
     */
    Optional<Choice> subject(Analysis analysis, Figure figure, Optional<Choice> measure, List<String> types) {
        List<Lexicon.Match> oblique = obliqueEntities(analysis);
        List<Lexicon.Match> named = Lexicon.outermost(analysis.phrases(Lexicon.Category.ENTITY)).stream()
                .filter(m -> m.last() < figure.first() || m.first() > figure.last())
                .filter(m -> !oblique.contains(m))
                .toList();
        List<Lexicon.Match> ofType = named.stream()
                .filter(m -> types.contains(((EntityRule) m.meaning().value()).type()))
                .toList();
        List<Lexicon.Match> entities = types.isEmpty() || (ofType.isEmpty() && types.contains(ANY_TYPE)) ? named : ofType;
        return entities.stream()
                .min(Comparator.comparingInt((Lexicon.Match m) -> Math.min(distance(m, figure.first(), figure.last()),
                                measure.map(c -> distance(m, c.first(), c.last())).orElse(Integer.MAX_VALUE)))
                        .thenComparingInt(m -> m.first() < figure.first() ? 0 : 1))
                .map(m -> new Choice(m.meaning().ruleId(), m.meaning().ruleId(), m.first(), m.last()));
    }

    /** The oblique words of the rules that kept an entity from being the subject ("avec Clearview", "U.S.-based"). */
    List<String> obliqueRules(Analysis analysis) {
        List<String> ids = new ArrayList<>();
        for (Lexicon.Match entity : obliqueEntities(analysis)) {
            analysis.startingAt(entity.last() + 1, Lexicon.Category.OBLIQUE_AFTER)
                    .map(o -> o.meaning().ruleId())
                    .filter(id -> !ids.contains(id))
                    .ifPresent(ids::add);
            for (int back = 1; back <= OBLIQUE_REACH; back++) {
                analysis.endingAt(entity.first() - back, Lexicon.Category.OBLIQUE)
                        .map(o -> o.meaning().ruleId())
                        .filter(id -> !ids.contains(id))
                        .ifPresent(ids::add);
            }
        }
        return ids;
    }

    /**
     * An oblique word, or an attribution cue, within {@value #OBLIQUE_REACH} tokens before an entity,
     * with only plain words between ("avec le logiciel Clearview", "using the Clearview app", "selon
     * Clearview": the source of a figure is not what it is about).
     */
    private static boolean obliqueJustBefore(Analysis analysis, int first) {
        for (int back = 1; back <= OBLIQUE_REACH && first - back >= 0; back++) {
            if (analysis.endingAt(first - back, Lexicon.Category.OBLIQUE).isPresent()
                    || analysis.endingAt(first - back, Lexicon.Category.ATTRIBUTION).isPresent()) {
                return true;
            }
            Token between = analysis.tokens().get(first - back);
            if (!between.isWord() || analysis.figureAt(first - back).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /** Only commas, clause openers ("et", "and") and capitalised names between two tokens: one list of names. */
    private static boolean onlyListBetween(Analysis analysis, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int t = from + 1; t < to; t++) {
            Token token = analysis.tokens().get(t);
            boolean name = token.isWord() && Character.isUpperCase(token.surface().codePointAt(0));
            if (!name && !token.isSymbol(',') && analysis.startingAt(t, Lexicon.Category.CLAUSE_OPENER).isEmpty()) {
                return false;
            }
        }
        return analysis.isSymbol(to - 1, ',') || analysis.endingAt(to - 1, Lexicon.Category.CLAUSE_OPENER).isPresent();
    }

    /**
     * Entities right after an oblique word or right before one that follows ("a U.S.-based company"),
     * and the ones listed after them ("notamment Facebook,
     * Instagram, LinkedIn et Twitter"): a comma or a clause opener between two entities continues
     * the list.
     */
    private static List<Lexicon.Match> obliqueEntities(Analysis analysis) {
        List<Lexicon.Match> entities = Lexicon.outermost(analysis.phrases(Lexicon.Category.ENTITY)).stream()
                .sorted(Comparator.comparingInt(Lexicon.Match::first))
                .toList();
        List<Lexicon.Match> oblique = new ArrayList<>();
        Lexicon.Match previous = null;
        for (Lexicon.Match entity : entities) {
            boolean afterOblique = obliqueJustBefore(analysis, entity.first())
                    || analysis.startingAt(entity.last() + 1, Lexicon.Category.OBLIQUE_AFTER).isPresent();
            boolean listed = previous != null && oblique.contains(previous) && onlyListBetween(analysis, previous.last(), entity.first());
            if (afterOblique || listed) {
                oblique.add(entity);
            }
            previous = entity;
        }
        return oblique;
    }

    Optional<Choice> status(Analysis analysis, Figure figure) {
        return nearest(analysis.phrases(Lexicon.Category.STATUS), figure)
                .filter(m -> distance(m, figure.first(), figure.last()) <= MAX_STATUS_DISTANCE)
                .map(m -> new Choice(((StatusRule) m.meaning().value()).status(), m.meaning().ruleId(), m.first(), m.last()));
    }

    /** "selon X", "according to X": the entity named right after the cue, else the words up to the next punctuation. */
    Optional<Choice> attribution(Analysis analysis, Figure figure) {
        for (Lexicon.Match cue : analysis.phrases(Lexicon.Category.ATTRIBUTION)) {
            if (cue.first() <= figure.last() && cue.last() >= figure.first()) {
                continue;
            }
            for (Lexicon.Match entity : analysis.phrases(Lexicon.Category.ENTITY)) {
                if (entity.first() > cue.last() && entity.first() - cue.last() <= MAX_ATTRIBUTION_GAP) {
                    return Optional.of(new Choice(entity.meaning().ruleId(), cue.meaning().ruleId(), cue.first(), entity.last()));
                }
            }
            List<Token> tokens = analysis.tokens();
            int end = cue.last() + 1;
            while (end < tokens.size() && end - cue.last() <= MAX_ATTRIBUTION_WORDS && tokens.get(end).isWord()) {
                end++;
            }
            if (end > cue.last() + 1) {
                String words = analysis.text().substring(tokens.get(cue.last() + 1).start(), tokens.get(end - 1).end());
                return Optional.of(new Choice(words, cue.meaning().ruleId(), cue.first(), end - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The date that governs a figure: a date right next to it (within {@value #ADJACENT_DATE}
     * tokens: "$12 million in 2021", "en 2019, 10 millions"), else the nearest date that is not
     * right next to another figure ("10 millions d'euros, contre 8 millions en 2018" leaves 2018
     * to the 8 million).
     */
    Optional<DateFinder.DateMention> time(Figure figure, List<Figure> figures, List<DateFinder.DateMention> dates) {
        List<DateFinder.DateMention> candidates = dates.stream().filter(d -> !overlaps(d.first(), d.last(), figure)).toList();
        Comparator<DateFinder.DateMention> nearest = Comparator
                .comparingInt((DateFinder.DateMention d) -> gap(d.first(), d.last(), figure.first(), figure.last()))
                .thenComparingInt(d -> d.first() > figure.last() ? 0 : 1);
        Optional<DateFinder.DateMention> adjacent = candidates.stream()
                .filter(d -> gap(d.first(), d.last(), figure.first(), figure.last()) <= ADJACENT_DATE)
                .filter(d -> nearestFigure(d, figures) == figure)
                .min(nearest);
        if (adjacent.isPresent()) {
            return adjacent;
        }
        return candidates.stream()
                .filter(d -> figures.stream().noneMatch(other -> other != figure
                        && gap(d.first(), d.last(), other.first(), other.last()) <= ADJACENT_DATE))
                .min(nearest)
                .or(() -> candidates.stream().min(nearest));
    }

    /** The figure a date is nearest to; on a tie, the one the date follows. */
    private static Figure nearestFigure(DateFinder.DateMention date, List<Figure> figures) {
        return figures.stream()
                .min(Comparator.comparingInt((Figure f) -> gap(date.first(), date.last(), f.first(), f.last()))
                        .thenComparingInt(f -> date.first() > f.last() ? 0 : 1))
                .orElseThrow();
    }

    private static boolean fits(MeasureRule measure, Quantity quantity) {
        return measure.dimension().equals(quantity.dimension())
                && (measure.units().isEmpty() || measure.units().contains(quantity.unit()));
    }

    private static Optional<Lexicon.Match> nearest(List<Lexicon.Match> matches, Figure figure) {
        return matches.stream()
                .min(Comparator.comparingInt((Lexicon.Match m) -> distance(m, figure.first(), figure.last()))
                        .thenComparingInt(m -> m.first() <= figure.first() ? 0 : 1));
    }

    private static int distance(Lexicon.Match match, int first, int last) {
        return gap(match.first(), match.last(), first, last);
    }

    private static int gap(int aFirst, int aLast, int bFirst, int bLast) {
        if (aLast < bFirst) {
            return bFirst - aLast;
        }
        if (aFirst > bLast) {
            return aFirst - bLast;
        }
        return 0;
    }

    private static boolean overlaps(int first, int last, Figure figure) {
        return first <= figure.last() && last >= figure.first();
    }
}
