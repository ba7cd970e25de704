package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * A language's number words (numbers.yaml, kind {@code words}).
 *
 * @param values words and what they add ("vingt": 20, "quatre-vingt": 80, "twelve": 12)
 * @param hundreds words that multiply the group before them by 100 ("cent", "hundred")
 * @param articles words that mean one only before a scale or multiplier ("un million", "a dozen")
 * @param connectors words allowed between number words ("et", "and")
 * @param ordinals ordinal words that name a fraction's denominator, each with the cardinal word it stands for
 *                 ("cinquième": "cinq", "tiers": "trois", "hundredth": "hundred"); compounds end with one
 *                 ("vingt-cinquième", "one hundred fifth")
 * @param pluralSuffix what an ordinal adds in the plural ("s": "cinquièmes", "fifths"); none when absent
 * @param pluralAgreement true when a numerator above one takes a plural denominator ("three fifths"): a singular
 *                        ordinal after it is then an ordinal ("the two millionth visitor"), and a hyphen may join
 *                        numerator and denominator ("two-thirds"); when false a hyphen binds an ordinal compound
 *                        ("vingt-cinquième" is one twenty-fifth's denominator, never twenty fifths)
 * @param halves words for one half, which need no numerator ("un demi", "deux et demi", "demi-million", "half")
 * @param partitives words that may follow a fraction whose ordinal is singular or whose numerator is an article
 *                   ("un quart de", "a third of"); another word after it makes it an ordinal ("une troisième dose")
 * @param over words between a fraction's numerator and denominator ("un sur trois", "one over three", "out of")
 * @param decimalPoints words for the decimal mark ("deux virgule cinq", "nine point nought four")
 * @param negatives words that make the number right after them negative ("minus five")
 * @param notNegativeAfter words after which a sign word is no sign ("au moins 500", "plus or minus 3")
 * @param decimalMark the language's decimal mark in figures ("," in French: "3,5")
 * @param groupMarks the marks that group a figure's digits by three (French spaces, "'", "."; English ",")
 */
public record NumberWordsRule(String id, String language, Map<String, Long> values, List<String> hundreds,
                              List<String> articles, List<String> connectors, Map<String, String> ordinals,
                              String pluralSuffix, Boolean pluralAgreement, List<String> halves, List<String> partitives,
                              List<String> over, List<String> decimalPoints, List<String> negatives,
                              List<String> notNegativeAfter, String decimalMark, String groupMarks,
                              Examples examples) implements Rule {

    public NumberWordsRule {
        values = Map.copyOf(values);
        hundreds = hundreds == null ? List.of() : List.copyOf(hundreds);
        articles = articles == null ? List.of() : List.copyOf(articles);
        connectors = connectors == null ? List.of() : List.copyOf(connectors);
        ordinals = ordinals == null ? Map.of() : Map.copyOf(ordinals);
        pluralSuffix = pluralSuffix == null ? "" : pluralSuffix;
        pluralAgreement = Boolean.TRUE.equals(pluralAgreement);
        halves = halves == null ? List.of() : List.copyOf(halves);
        partitives = partitives == null ? List.of() : List.copyOf(partitives);
        over = over == null ? List.of() : List.copyOf(over);
        decimalPoints = decimalPoints == null ? List.of() : List.copyOf(decimalPoints);
        negatives = negatives == null ? List.of() : List.copyOf(negatives);
        notNegativeAfter = notNegativeAfter == null ? List.of() : List.copyOf(notNegativeAfter);
        if (decimalMark == null || decimalMark.length() != 1) {
            throw new IllegalArgumentException("decimalMark must be one character, got " + (decimalMark == null ? "none" : "'" + decimalMark + "'"));
        }
        if (groupMarks == null || groupMarks.isEmpty() || groupMarks.contains(decimalMark)) {
            throw new IllegalArgumentException("groupMarks must list the marks that group digits, without the decimal mark");
        }
    }
}
