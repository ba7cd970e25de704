package org.crosscheck.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.rules.MultiplierRule;
import org.crosscheck.rules.NumberWordsRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.ScaleRule;

/**
 * Finds every number in a text, left to right and without overlap: figures with the language's grouping
 * and decimal marks ("290 000", "3,5", "1,250", "17.5"), scaled by a word or an abbreviation ("3,5 milliards",
 * "7.5bn"), numbers spelled out in words ("deux cent cinquante mille", "twenty-four", "a dozen"), fractions
 * ("3/4", "trois quarts", "un sur trois", "un million et demi"), spelled decimals ("nine point nought four"),
 * signs in words ("minus one") and powers ("1,1^23"). Immutable and thread-safe; all lookups are built once, here.
 */
public final class NumberScanner {

    private final Map<String, NumberLexicon> lexicons;

    /** A scanner for the languages these rules are written in. */
    public NumberScanner(List<NumberWordsRule> words, List<ScaleRule> scales, List<MultiplierRule> multipliers) {
        TreeSet<String> languages = new TreeSet<>();
        words.forEach(rule -> languages.add(rule.language()));
        scales.forEach(rule -> languages.add(rule.language()));
        multipliers.forEach(rule -> languages.add(rule.language()));
        Map<String, NumberLexicon> byLanguage = new TreeMap<>();
        for (String language : languages) {
            byLanguage.put(language, new NumberLexicon(language, words, scales, multipliers));
        }
        this.lexicons = Map.copyOf(byLanguage);
    }

    /** A scanner for the number words, scales and multipliers of {@code rules}. */
    public static NumberScanner of(RuleSet rules) {
        return new NumberScanner(rules.numberWords(), rules.scales(), rules.multipliers());
    }

    /**
     * The numbers of {@code text} written in {@code language}, in order; offsets are into {@code text}.
     *
     * @throws IllegalArgumentException when no rules are in that language
     */
    public List<NumberMatch> scan(String text, String language) {
        NumberLexicon lexicon = lexicons.get(language);
        if (lexicon == null) {
            throw new IllegalArgumentException("no number rules for language '" + language + "' (known: "
                    + String.join(", ", new TreeSet<>(lexicons.keySet())) + ")");
        }
        return new NumberScan(text, lexicon).run();
    }
}
