package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.crosscheck.rules.ScaleRule;

/** A number formatted the French or English way reads back exactly; any text scans without error, spans in bounds. */
class NumberScannerPropertiesTest {

    private static final NumberScannerRules RULES = NumberScannerRules.load();
    private static final NumberScanner SCANNER = RULES.scanner();

    /** A number as a writer of {@code language} would print it, and its value. */
    record Formatted(String language, String text, BigDecimal value) {
    }

    /** What may follow a figure: a scale word or abbreviation and the factor it stands for, or nothing. */
    record Suffix(String text, BigDecimal factor) {
    }

    @Property(tries = 3000)
    void aFormattedNumberReadsBackToItsValueAndWording(@ForAll("formatted") Formatted number) {
        String sentence = "Total : " + number.text() + " ; fin.";
        List<NumberMatch> found = SCANNER.scan(sentence, number.language());
        assertThat(found).as("numbers in %s", sentence).hasSize(1);
        NumberMatch match = found.get(0);
        assertThat(sentence.substring(match.start(), match.end())).isEqualTo(number.text());
        assertThat(match.value()).isEqualByComparingTo(number.value());
    }

    @Property(tries = 2000)
    void anyTextScansWithSpansInBoundsInOrderAndApart(@ForAll("texts") String text) {
        for (String language : List.of("fr", "en")) {
            int previousEnd = 0;
            for (NumberMatch match : SCANNER.scan(text, language)) {
                assertThat(match.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(match.end()).isLessThanOrEqualTo(text.length());
                assertThat(match.value()).isNotNull();
                previousEnd = match.end();
            }
        }
    }

    @Provide
    Arbitrary<Formatted> formatted() {
        return Arbitraries.of("fr", "en").flatMap(language -> Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(15)),
                Arbitraries.strings().numeric().ofMaxLength(3),
                Arbitraries.of(language.equals("fr") ? List.of(" ", "\u00a0", "\u202f", "") : List.of(",", "")),
                Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)),
                suffixes(language))
                .as((integer, fraction, mark, negative, suffix) -> format(language, integer, fraction, mark, negative, suffix)));
    }

    private static Formatted format(String language, BigInteger integer, String fraction, String mark, boolean negative, Suffix suffix) {
        String digits = integer.toString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(mark);
            }
            grouped.append(digits.charAt(i));
        }
        String decimalMark = language.equals("fr") ? "," : ".";
        String text = (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : decimalMark + fraction) + suffix.text();
        BigDecimal value = new BigDecimal((negative ? "-" : "") + digits + (fraction.isEmpty() ? "" : "." + fraction)).multiply(suffix.factor());
        return new Formatted(language, text, value);
    }

    private static Arbitrary<Suffix> suffixes(String language) {
        List<Suffix> suffixes = new ArrayList<>();
        for (ScaleRule scale : RULES.scales()) {
            if (scale.language().equals(language)) {
                scale.words().forEach(word -> suffixes.add(new Suffix(" " + word, scale.value())));
                scale.abbreviations().forEach(abbreviation -> suffixes.add(new Suffix(abbreviation, scale.value())));
            }
        }
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(suffixes)), Tuple.of(1, Arbitraries.just(new Suffix("", BigDecimal.ONE))));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("0", "7", "12", "250", "1 000", "3,5", "1.250", "17.5", "1'000", "2\u202f228",
                "290\u00a0000", ",", ".", "-", "\u2212", "'", "’", "e", "E+", "e-", "^", "/", "k", "m", "M", "bn", "Md", "mn",
                " ", "  ", "\u00a0", "\n", "\n\n", "\t", "un", "une", "a", "an", "et", "and", "vingt", "quatre", "quatre-vingt",
                "cent", "cents", "hundred", "mille", "thousand", "million", "milliards", "billion", "douzaine", "dozen", "dix",
                "sept", "twenty", "one", "x", "A", "é", "covid", "1er", "21st", "€", "$", "(", ")", "demi", "half", "tiers",
                "quarts", "quarter", "cinquième", "fifths", "first", "sur", "over", "out of", "virgule", "point", "moins",
                "minus", "au", "de", "of", "1/3", "^-");
        Arbitrary<String> built = pieces.list().ofMaxSize(40).map(parts -> String.join("", parts));
        Arbitrary<String> spaced = pieces.list().ofMaxSize(25).map(parts -> String.join(" ", parts));
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
        return Arbitraries.oneOf(built, spaced, unicode);
    }
}
