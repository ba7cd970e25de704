package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crosscheck.rules.AttributionRule;
import org.crosscheck.rules.BoundRule;
import org.crosscheck.rules.ClauseRule;
import org.crosscheck.rules.DateCueRule;
import org.crosscheck.rules.EntityRule;
import org.crosscheck.rules.LinkRule;
import org.crosscheck.rules.MeasureRule;
import org.crosscheck.rules.MonthsRule;
import org.crosscheck.rules.MultiplierRule;
import org.crosscheck.rules.ChangeRule;
import org.crosscheck.rules.ObliqueRule;
import org.crosscheck.rules.ScopeRule;
import org.crosscheck.rules.NumberWordsRule;
import org.crosscheck.rules.RangeRule;
import org.crosscheck.rules.RelativeDateRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.ScaleRule;
import org.crosscheck.rules.StatusRule;
import org.crosscheck.rules.SubunitRule;
import org.crosscheck.rules.UnitRule;
import org.crosscheck.rules.VagueRule;

/** The rule set arranged for lookups: a lexicon per language, scale and number words by folded form. */
final class RuleVocabulary {

    /** A scale word's value and the rule it comes from. */
    record Scale(BigDecimal value, String ruleId) {
    }


    private final RuleSet rules;
    private final Map<String, Map<String, Scale>> scalesByLanguage = new HashMap<>();
    private final Map<String, Map<String, String>> numberRuleByWord = new HashMap<>();
    /** The entity names and adjectives of every language, in one lexicon each language's includes. */
    private final Lexicon entities;

    RuleVocabulary(RuleSet rules) {
        this.rules = rules;
        this.entities = entities(rules);
        for (ScaleRule scale : rules.scales()) {
            Map<String, Scale> words = scalesByLanguage.computeIfAbsent(scale.language(), k -> new HashMap<>());
            scale.words().forEach(w -> words.put(Fold.of(w), new Scale(scale.value(), scale.id())));
            Map<String, String> ruleByWord = numberRuleByWord.computeIfAbsent(scale.language(), k -> new HashMap<>());
            scale.words().forEach(w -> ruleByWord.put(Fold.of(w), scale.id()));
            scale.abbreviations().forEach(w -> ruleByWord.put(Fold.of(w), scale.id()));
        }
        for (MultiplierRule multiplier : rules.multipliers()) {
            Map<String, String> ruleByWord = numberRuleByWord.computeIfAbsent(multiplier.language(), k -> new HashMap<>());
            multiplier.words().forEach(w -> ruleByWord.put(Fold.of(w), multiplier.id()));
        }
        for (NumberWordsRule words : rules.numberWords()) {
            Map<String, String> ruleByWord = numberRuleByWord.computeIfAbsent(words.language(), k -> new HashMap<>());
            words.values().keySet().forEach(w -> ruleByWord.put(Fold.of(w), words.id()));
            words.hundreds().forEach(w -> ruleByWord.put(Fold.of(w), words.id()));
            words.articles().forEach(w -> ruleByWord.put(Fold.of(w), words.id()));
            words.ordinals().keySet().forEach(w -> {
                ruleByWord.put(Fold.of(w), words.id());
                ruleByWord.putIfAbsent(Fold.of(w.endsWith(words.pluralSuffix()) ? w : w + words.pluralSuffix()), words.id());
            });
            List.of(words.halves(), words.over(), words.decimalPoints(), words.negatives())
                    .forEach(list -> list.forEach(w -> ruleByWord.put(Fold.of(w), words.id())));
        }
    }

    /** The phrases of one language ("" for every language): units, bounds, entities, measures, dates… */
    Lexicon lexicon(String language) {
        Lexicon lexicon = new Lexicon(List.of(entities));
        for (UnitRule unit : rules.units()) {
            unit.symbols().forEach(s -> lexicon.addAnyCase(s, Lexicon.Category.UNIT_SYMBOL, unit.id(), unit));
            unit.sharedSymbols().forEach(s -> lexicon.addAnyCase(s, Lexicon.Category.SHARED_SYMBOL, unit.id(), s));
            words(unit.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.UNIT_WORD, unit.id(), unit));
        }
        for (SubunitRule subunit : rules.subunits()) {
            words(subunit.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.SUBUNIT_WORD, subunit.id(), subunit));
            words(subunit.connectors(), language).forEach(w -> lexicon.add(w, Lexicon.Category.SUBUNIT_CONNECTOR, subunit.id(), subunit));
        }
        for (LinkRule link : rules.links()) {
            words(link.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.LINK, link.id(), link));
        }
        for (BoundRule bound : rules.bounds()) {
            words(bound.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.BOUND, bound.id(), bound));
        }
        for (RangeRule range : rules.ranges()) {
            words(range.opening(), language).forEach(w -> lexicon.add(w, Lexicon.Category.RANGE_OPENING, range.id(), range));
            words(range.joining(), language).forEach(w -> lexicon.add(w, Lexicon.Category.RANGE_JOINING, range.id(), range));
        }
        for (VagueRule vague : rules.vague()) {
            words(vague.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.VAGUE, vague.id(), vague));
        }
        for (StatusRule status : rules.statuses()) {
            words(status.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.STATUS, status.id(), status));
        }
        for (AttributionRule attribution : rules.attributions()) {
            words(attribution.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.ATTRIBUTION, attribution.id(), attribution));
        }
        for (ClauseRule clause : rules.clauses()) {
            words(clause.openers(), language).forEach(w -> lexicon.add(w, Lexicon.Category.CLAUSE_OPENER, clause.id(), clause));
        }
        for (ObliqueRule oblique : rules.obliques()) {
            words(oblique.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.OBLIQUE, oblique.id(), oblique));
            words(oblique.after(), language).forEach(w -> lexicon.add(w, Lexicon.Category.OBLIQUE_AFTER, oblique.id(), oblique));
        }
        for (ScopeRule scope : rules.scopes()) {
            words(scope.before(), language).forEach(w -> lexicon.add(w, Lexicon.Category.SCOPE_BEFORE, scope.id(), scope));
            words(scope.after(), language).forEach(w -> lexicon.add(w, Lexicon.Category.SCOPE_AFTER, scope.id(), scope));
        }
        for (ChangeRule change : rules.changes()) {
            words(change.words(), language).forEach(w -> lexicon.add(w, Lexicon.Category.CHANGE, change.id(), change));
        }
        for (MeasureRule measure : rules.measures()) {
            words(measure.triggers(), language).forEach(w -> lexicon.add(w, Lexicon.Category.MEASURE, measure.id(), measure));
        }
        for (MonthsRule months : rules.months()) {
            if (language.isEmpty() || months.language().equals(language)) {
                for (int m = 0; m < 12; m++) {
                    int number = m + 1;
                    months.months().get(m).forEach(w -> lexicon.add(w, Lexicon.Category.MONTH, months.id(), number));
                }
            }
        }
        for (RelativeDateRule relative : rules.relativeDates()) {
            if (language.isEmpty() || relative.language().equals(language)) {
                relative.words().forEach(w -> lexicon.add(w, Lexicon.Category.RELATIVE_DATE, relative.id(), relative));
            }
        }
        for (DateCueRule cue : rules.dateCues()) {
            if (language.isEmpty() || cue.language().equals(language)) {
                cue.words().forEach(w -> lexicon.add(w, Lexicon.Category.DATE_CUE, cue.id(), cue));
            }
        }
        return lexicon;
    }

    /** The entity names and adjectives: a newsroom gazetteer has tens of thousands of entities. */
    private static Lexicon entities(RuleSet rules) {
        Lexicon lexicon = new Lexicon();
        for (EntityRule entity : rules.entities()) {
            words(entity.names(), "").forEach(w -> lexicon.add(w, Lexicon.Category.ENTITY, entity.id(), entity));
            words(entity.adjectives(), "").forEach(w -> lexicon.add(w, Lexicon.Category.ENTITY, entity.id(), entity));
        }
        return lexicon;
    }

    /**
     * The unit a symbol or word names; a shared symbol ("$") is the unit the sentence names in words
     * (in the same parentheses or outside them all), else its default.
     */
    UnitRule resolveUnit(Lexicon.Match match, Analysis analysis) {
        if (match.meaning().category() != Lexicon.Category.SHARED_SYMBOL) {
            return (UnitRule) match.meaning().value();
        }
        String symbol = (String) match.meaning().value();
        int group = parenthesisAround(analysis, match.first());
        for (Lexicon.Match word : analysis.phrases(Lexicon.Category.UNIT_WORD)) {
            UnitRule named = (UnitRule) word.meaning().value();
            if (named.sharedSymbols().contains(symbol) && !named.defaultFor().contains(symbol)
                    && parenthesisAround(analysis, word.first()) == group) {
                return named;
            }
        }
        return rules.units().stream()
                .filter(u -> u.defaultFor().contains(symbol))
                .findFirst()
                .orElseGet(() -> rules.units().stream().filter(u -> u.id().equals(match.meaning().ruleId())).findFirst().orElseThrow());
    }

    /** The currency a subunit belongs to: one of its currencies the sentence names, else its default. */
    String currencyOf(SubunitRule subunit, Analysis analysis) {
        for (Lexicon.Category category : List.of(Lexicon.Category.UNIT_WORD, Lexicon.Category.UNIT_SYMBOL)) {
            for (Lexicon.Match match : analysis.phrases(category)) {
                String unit = ((UnitRule) match.meaning().value()).id();
                if (subunit.currencies().contains(unit)) {
                    return unit;
                }
            }
        }
        return subunit.defaultFor();
    }

    /** The currency rule with this ISO code. */
    UnitRule unit(String id) {
        return rules.units().stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no unit '" + id + "' in the rules"));
    }

    /**
     * The token of the parenthesis that encloses token {@code index}, or -1: a shared symbol in
     * parentheses is read apart from the words outside them, since "5 million Canadian dollars ($4
     * million)" converts into another dollar.
     */
    private static int parenthesisAround(Analysis analysis, int index) {
        int depth = 0;
        for (int t = index - 1; t >= 0; t--) {
            if (analysis.isSymbol(t, ')')) {
                depth++;
            } else if (analysis.isSymbol(t, '(')) {
                if (depth == 0) {
                    return t;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The ids of the number rules whose words a figure is written with. */
    /** {@code word} without its leading digits, dots and commas ("3e" gives "e"). */
    private static String withoutLeadingDigits(String word) {
        int i = 0;
        while (i < word.length() && (Character.isDigit(word.charAt(i)) && word.charAt(i) < 128 || word.charAt(i) == '.' || word.charAt(i) == ',')) {
            i++;
        }
        return word.substring(i);
    }

    List<String> numberRules(Analysis analysis, Analysis.Figure figure, String language) {
        List<String> ids = new ArrayList<>();
        Map<String, String> byWord = numberRuleByWord.getOrDefault(language, Map.of());
        for (int t = figure.first(); t <= figure.last(); t++) {
            String folded = analysis.tokens().get(t).folded();
            List<String> words = new ArrayList<>(List.of(folded, withoutLeadingDigits(folded)));
            if (folded.indexOf('-') >= 0) {
                words.addAll(List.of(folded.split("-")));
            }
            for (String word : words) {
                String id = byWord.get(word);
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The scale a figure's scale word multiplies by ("3 millions" -> 10^6), or one. */
    BigDecimal scaleOf(Analysis analysis, Analysis.Figure figure, String language) {
        Map<String, Scale> scales = scalesByLanguage.getOrDefault(language, Map.of());
        for (int t = figure.last(); t >= figure.first(); t--) {
            Scale scale = scales.get(analysis.tokens().get(t).folded());
            if (scale != null) {
                return scale.value();
            }
        }
        return BigDecimal.ONE;
    }

    /** A scale word of the language alone at token {@code index} ("plusieurs milliards de …"); any language's when it has none. */
    Optional<Scale> scaleWordAt(Analysis analysis, int index, String language) {
        if (index >= analysis.tokens().size()) {
            return Optional.empty();
        }
        String folded = analysis.tokens().get(index).folded();
        if (scalesByLanguage.containsKey(language)) {
            return Optional.ofNullable(scalesByLanguage.get(language).get(folded));
        }
        return new TreeMap<>(scalesByLanguage).values().stream().map(m -> m.get(folded)).filter(s -> s != null).findFirst();
    }

    List<MeasureRule> measures() {
        return rules.measures();
    }

    /** The entity types that can be the subject of the measure {@code id}; empty for any. */
    List<String> subjectTypes(String measureId) {
        return rules.measures().stream().filter(m -> m.id().equals(measureId)).findFirst()
                .map(MeasureRule::subjects).orElse(List.of());
    }

    private static List<String> words(Map<String, List<String>> byLanguage, String language) {
        if (!language.isEmpty()) {
            return byLanguage.getOrDefault(language, List.of());
        }
        List<String> all = new ArrayList<>();
        byLanguage.values().forEach(all::addAll);
        return all;
    }
}
