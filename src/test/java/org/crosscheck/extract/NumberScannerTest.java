package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.rules.Examples;
import org.crosscheck.rules.NumberWordsRule;
import org.crosscheck.rules.Rule;
import org.crosscheck.rules.ScaleRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every number of a text, with its exact span and value, in French and English; and what is not a number. */
class NumberScannerTest {

    private static final NumberScannerRules RULES = NumberScannerRules.load();
    private static final NumberScanner SCANNER = RULES.scanner();

    /** A number expected in a text: its exact wording and its value. */
    record Expected(String span, BigDecimal value) {
    }

    /** A text, its language and the numbers expected in it, in order. */
    record Case(String language, String text, List<Expected> numbers) {
        @Override
        public String toString() {
            return language + ": " + text.replace('\u00a0', '⍽').replace('\u202f', '⍽');
        }
    }

    private static Case fr(String text, Expected... numbers) {
        return new Case("fr", text, List.of(numbers));
    }

    private static Case en(String text, Expected... numbers) {
        return new Case("en", text, List.of(numbers));
    }

    private static Expected n(String span, String value) {
        return new Expected(span, new BigDecimal(value));
    }

    static Stream<Case> figures() {
        return Stream.of(
                fr("Le total : 290 000 au bout d'un an.", n("290 000", "290000")),
                fr("Le total : 290\u00a0000.", n("290\u00a0000", "290000")),
                fr("Ils sont 2\u202f228 inscrits.", n("2\u202f228", "2228")),
                fr("Le taux passe à 3,5 cette année.", n("3,5", "3.5")),
                fr("La hausse atteint 17,5.", n("17,5", "17.5")),
                fr("La base compte 1.250.000 fiches.", n("1.250.000", "1250000")),
                fr("Il y a 1.250 fiches.", n("1.250", "1250")),
                fr("Le prix est de 1'000 francs.", n("1'000", "1000")),
                fr("Le solde : 1 234 567,89.", n("1 234 567,89", "1234567.89")),
                fr("Une part de ,25 seulement.", n(",25", "0.25")),
                fr("En France, 3.5 n'est pas un décimal.", n("3", "3"), n("5", "5")),
                en("It cost 1,250 in all.", n("1,250", "1250")),
                en("It cost 290,000.", n("290,000", "290000")),
                en("The rate rose 17.5 points.", n("17.5", "17.5")),
                en("It weighs 1'000 tons.", n("1'000", "1000")),
                en("The balance is 1,234,567.89.", n("1,234,567.89", "1234567.89")),
                en("A share of .25 only.", n(".25", "0.25")),
                en("Figures like 4.800 keep their zeros.", n("4.800", "4.800")),
                en("The SI way: 40 000 and 40\u202f000.", n("40 000", "40000"), n("40\u202f000", "40000")),
                fr("en 2019 12 000 personnes", n("2019", "2019"), n("12 000", "12000")),
                fr("en 2019 120 000 personnes", n("2019", "2019"), n("120 000", "120000")),
                fr("20 21 22 23", n("20", "20"), n("21", "21"), n("22", "22"), n("23", "23")),
                en("pages 22,24,26", n("22", "22"), n("24", "24"), n("26", "26")),
                en("host 192.168.1.2", n("192", "192"), n("168", "168"), n("1", "1"), n("2", "2")),
                en("1, 234, 567", n("1", "1"), n("234", "234"), n("567", "567")),
                en("the number 192, then", n("192", "192")),
                en("about 1.3e6 particles", n("1.3e6", "1.3E6")),
                fr("une valeur de -12e-1", n("-12e-1", "-1.2")));
    }

    static Stream<Case> scales() {
        return Stream.of(
                fr("Le déficit atteint 3,5 milliards.", n("3,5 milliards", "3500000000")),
                fr("Un budget de 250 millions d'euros.", n("250 millions", "250000000")),
                fr("Un budget de 250\u00a0millions.", n("250\u00a0millions", "250000000")),
                fr("Le plan coûte 3 Md.", n("3 Md", "3000000000")),
                fr("Le plan coûte 7 Mds.", n("7 Mds", "7000000000")),
                fr("Une levée de 12M€.", n("12M", "12000000")),
                fr("Une dette de 1 billion.", n("1 billion", "1000000000000")),
                fr("Le prix : 20 mille.", n("20 mille", "20000")),
                fr("Il court 20 mn par jour.", n("20", "20")),
                fr("La façade fait 2 M de haut.", n("2", "2")),
                fr("3 douzaines d'œufs", n("3 douzaines", "36")),
                fr("3 mille milliards", n("3 mille milliards", "3000000000000")),
                en("Sales of 2.5 million units.", n("2.5 million", "2500000")),
                en("A fine of 20m.", n("20m", "20000000")),
                en("Valued at 7.5bn.", n("7.5bn", "7500000000")),
                en("A fine of £7.5m ($9.4m).", n("7.5m", "7500000"), n("9.4m", "9400000")),
                en("It got 10k views.", n("10k", "10000")),
                en("It cost 1 billion.", n("1 billion", "1000000000")),
                en("It cost 10 bln.", n("10 bln", "10000000000")),
                en("A 3 m wall.", n("3", "3")),
                en("It fired 20mm shells."),
                en("It fired 20m2 shells."),
                en("A 2-3 million range.", n("2", "2"), n("3 million", "3000000")),
                en("3 dozens", n("3 dozens", "36")));
    }

    static Stream<Case> words() {
        return Stream.of(
                fr("Ils étaient deux cent cinquante mille.", n("deux cent cinquante mille", "250000")),
                fr("Il en reste quatre-vingt-dix.", n("quatre-vingt-dix", "90")),
                fr("Il en reste vingt et un.", n("vingt et un", "21")),
                fr("Il en reste trois.", n("trois", "3")),
                fr("Il en reste dix.", n("dix", "10")),
                fr("Il en reste Dix.", n("Dix", "10")),
                fr("Un coût de deux milliards.", n("deux milliards", "2000000000")),
                fr("Il a gagné un million.", n("un million", "1000000")),
                fr("Il a acheté deux douzaines d'œufs.", n("deux douzaines", "24")),
                fr("Il en a acheté une douzaine.", n("une douzaine", "12")),
                fr("quatre-vingts", n("quatre-vingts", "80")),
                fr("quatre vingt dix neuf", n("quatre vingt dix neuf", "99")),
                fr("soixante-douze et soixante et onze", n("soixante-douze", "72"), n("soixante et onze", "71")),
                fr("soixante-dix-sept, quatre-vingt-onze", n("soixante-dix-sept", "77"), n("quatre-vingt-onze", "91")),
                fr("mille neuf cent quatre-vingt-quatre", n("mille neuf cent quatre-vingt-quatre", "1984")),
                fr("deux cents", n("deux cents", "200")),
                fr("cent six", n("cent six", "106")),
                fr("trois millions deux cent mille", n("trois millions deux cent mille", "3200000")),
                fr("cent mille milliards", n("cent mille milliards", "100000000000000")),
                fr("Les Mille et Une Nuits", n("Mille et Une", "1001")),
                fr("deux-cent-cinquante-mille", n("deux-cent-cinquante-mille", "250000")),
                fr("vingt-cinq trente", n("vingt-cinq", "25"), n("trente", "30")),
                fr("deux et trois", n("deux", "2"), n("trois", "3")),
                en("It took twenty-four hours.", n("twenty-four", "24")),
                en("one hundred and five", n("one hundred and five", "105")),
                en("She ordered a dozen.", n("a dozen", "12")),
                en("A thousand came.", n("A thousand", "1000")),
                en("a hundred", n("a hundred", "100")),
                en("two thousand and six", n("two thousand and six", "2006")),
                en("twenty-one trillion and three hundred", n("twenty-one trillion and three hundred", "21000000000300")),
                en("fifty - two", n("fifty - two", "52")),
                en("twenty fifteen", n("twenty", "20"), n("fifteen", "15")),
                en("nineteen ninety-nine", n("nineteen", "19"), n("ninety-nine", "99")),
                en("three-nought-four", n("three", "3"), n("nought", "0"), n("four", "4")),
                en("two lakh crore", n("two lakh crore", "2000000000000")),
                en("one and two", n("one", "1"), n("two", "2")));
    }

    static Stream<Case> signs() {
        return Stream.of(
                fr("Une baisse de -5 points.", n("-5", "-5")),
                fr("Une baisse de \u22123,2.", n("\u22123,2", "-3.2")),
                fr("(-7)", n("-7", "-7")),
                fr("entre 2-3 millions", n("2", "2"), n("3 millions", "3000000")),
                fr("la covid-19 en 2020", n("19", "19"), n("2020", "2020")),
                en("SCP-173", n("173", "173")),
                en("a fall of -0.5", n("-0.5", "-0.5")),
                en("10 - 5", n("10", "10"), n("5", "5")));
    }

    static Stream<Case> fractions() {
        return Stream.of(
                fr("Les 3/4 des salariés.", n("3/4", "0.75")),
                fr("Un tiers, soit 1/3.", n("Un tiers", "0.3333333333333333"), n("1/3", "0.3333333333333333")),
                fr("Il reste 2 1/4 litres.", n("2 1/4", "2.25")),
                fr("Une baisse de -1/2 point.", n("-1/2", "-0.5")),
                fr("Les deux tiers des électeurs.", n("deux tiers", "0.6666666666666667")),
                fr("Deux tiers ont voté.", n("Deux tiers", "0.6666666666666667")),
                fr("Les trois quarts ont voté.", n("trois quarts", "0.75")),
                fr("un quart d'heure", n("un quart", "0.25")),
                fr("un cinquième de la somme", n("un cinquième", "0.2")),
                fr("trois cinquièmes", n("trois cinquièmes", "0.6")),
                fr("un cinquieme, sans accent", n("un cinquieme", "0.2")),
                fr("quatre centièmes de seconde", n("quatre centièmes", "0.04")),
                fr("un vingt-cinquième", n("un vingt-cinquième", "0.04")),
                fr("vingt-trois cinquièmes", n("vingt-trois cinquièmes", "4.6")),
                fr("une vingt et unième", n("une vingt et unième", "0.04761904761904762")),
                fr("cent mille billionièmes", n("cent mille billionièmes", "0.0000001")),
                fr("cent et trois quarts", n("cent et trois quarts", "100.75")),
                fr("cent trois et deux tiers", n("cent trois et deux tiers", "103.6666666666667")),
                fr("un demi", n("un demi", "0.5")),
                fr("deux et demi", n("deux et demi", "2.5")),
                fr("un et un quart", n("un et un quart", "1.25")),
                fr("un million et demi de visiteurs", n("un million et demi", "1500000")),
                fr("3 millions et demi", n("3 millions et demi", "3500000")),
                fr("une douzaine et demie", n("une douzaine et demie", "18")),
                fr("un demi-million d'œufs", n("un demi-million", "500000")),
                fr("un milliard et demi million", n("un milliard et demi million", "1000500000")),
                fr("un sur trois", n("un sur trois", "0.3333333333333333")),
                fr("1 sur 4.", n("1 sur 4", "0.25")),
                fr("1 sur cent vingt-cinq", n("1 sur cent vingt-cinq", "0.008")),
                en("three quarters", n("three quarters", "0.75")),
                en("a third of them", n("a third", "0.3333333333333333")),
                en("two-thirds of voters", n("two-thirds", "0.6666666666666667")),
                en("one - fourth", n("one - fourth", "0.25")),
                en("a hundredth", n("a hundredth", "0.01")),
                en("a hundred trillionths", n("a hundred trillionths", "1E-10")),
                en("one hundred thirty-fifths", n("one hundred thirty-fifths", "2.857142857142857")),
                en("twenty fifths", n("twenty fifths", "4")),
                en("one one hundred fifth", n("one one hundred fifth", "0.009523809523809524")),
                en("ninety-five hundred fifths", n("ninety-five hundred fifths", "1900")),
                en("one hundred and three quarters", n("one hundred and three quarters", "100.75")),
                en("one hundred and thirty fifths", n("one hundred and thirty fifths", "26")),
                en("twenty and three and three fifths", n("twenty and three and three fifths", "23.6")),
                en("one and a half", n("one and a half", "1.5")),
                en("one and a half million people", n("one and a half million", "1500000")),
                en("a quarter million people", n("a quarter million", "250000")),
                en("half a dozen", n("half a dozen", "6")),
                en("more than half came", n("half", "0.5")),
                en("one over three", n("one over three", "0.3333333333333333")),
                en("one out of four", n("one out of four", "0.25")),
                en("2000 over 3", n("2000 over 3", "666.6666666666667")));
    }

    static Stream<Case> decimalsAndSigns() {
        return Stream.of(
                fr("deux cent virgule trois", n("deux cent virgule trois", "200.3")),
                fr("deux cent virgule cinquante deux", n("deux cent virgule cinquante deux", "200.52")),
                fr("Il fait moins cinq.", n("moins cinq", "-5")),
                fr("Il fait moins 12,5.", n("moins 12,5", "-12.5")),
                en("nine point nought four", n("nine point nought four", "9.04")),
                en("nought point eleven", n("nought point eleven", "0.11")),
                en("one point five million", n("one point five million", "1500000")),
                en("minus five point five", n("minus five point five", "-5.5")),
                en("The answer is minus 5", n("minus 5", "-5")),
                en("negative one over 20", n("negative one over 20", "-0.05")),
                en("1.1^23", n("1.1^23", "8.954302432552374")),
                fr("-2,5^-1", n("-2,5^-1", "-0.4")),
                en("-1.1^--23", n("-1.1^--23", "-8.954302432552374")));
    }

    static Stream<Case> rejects() {
        return Stream.of(
                fr("Elle est dixième, puis troisième."),
                fr("Vingt pourcents.", n("Vingt", "20")),
                fr("Un café à 50 cents.", n("50", "50")),
                en("It was 322 hundred.", n("322", "322")),
                fr("La rue Saint-Cent."),
                fr("Un homme et une femme."),
                fr("Le dix-huitième siècle et le vingt-et-unième."),
                fr("Des millions de personnes, un milliardaire."),
                fr("La douzaine coûte cher."),
                fr("covid19 A320 4G mp3 2020s"),
                fr("le 1er, le 2e, le 3ème"),
                fr("le liquide de 180ml et la route de 29km"),
                en("a an A An"),
                en("the 21st and 2nd and May 4th"),
                en("the twenty-first century and a two-year deal"),
                en("Dozens and thousands and millions."),
                en("the 180.25ml liquid"),
                en("Book a first class seat"),
                fr("Une troisième dose est prévue."),
                fr("La vingt-cinquième édition et le vingt et unième siècle."),
                fr("le deux centième anniversaire"),
                fr("la cent vingt et unième session"),
                fr("un tiers payant"),
                fr("trois heures et demie", n("trois", "3")),
                fr("au moins 500 morts", n("500", "500")),
                fr("plus ou moins 3 points", n("3", "3")),
                fr("moins de 500 agents", n("500", "500")),
                fr("50 millions sur trois ans", n("50 millions", "50000000"), n("trois", "3")),
                fr("le 12/08/2020", n("12", "12"), n("08", "8"), n("2020", "2020")),
                fr("ouvert 24/7", n("24", "24"), n("7", "7")),
                fr("Je veux un crédit de 1000 sur 3 ans", n("1000", "1000"), n("3", "3")),
                fr("une demi-heure"),
                fr("100 millièmes", n("100", "100")),
                en("A third party was invited."),
                en("the two millionth visitor"),
                en("the twenty-fifth anniversary"),
                en("one hundred twenty seconds", n("one hundred twenty", "120")),
                en("plus or minus 3 points", n("3", "3")),
                en("a negative one", n("one", "1")),
                en("non-negative one", n("one", "1")),
                en("$2 billion over five years", n("2 billion", "2000000000"), n("five", "5")),
                en("4 out of 5 doctors", n("4", "4"), n("5", "5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"figures", "scales", "words", "signs", "fractions", "decimalsAndSigns", "rejects"})
    void findsEveryNumberWithItsExactSpanAndValue(Case c) {
        List<NumberMatch> found = SCANNER.scan(c.text(), c.language());
        List<String> spans = new ArrayList<>();
        for (NumberMatch m : found) {
            spans.add(c.text().substring(m.start(), m.end()));
        }
        List<Expected> expected = c.numbers();
        assertThat(spans).as("spans").containsExactlyElementsOf(expected.stream().map(Expected::span).toList());
        int from = 0;
        for (int i = 0; i < expected.size(); i++) {
            int start = c.text().indexOf(expected.get(i).span(), from);
            assertThat(found.get(i).start()).as("start of %s", expected.get(i).span()).isEqualTo(start);
            assertThat(found.get(i).value()).as("value of %s", expected.get(i).span()).isEqualByComparingTo(expected.get(i).value());
            from = found.get(i).end();
        }
    }

    /** The scanner's share of the numbers.yaml examples: each match text holds the number, each noMatch text none. */
    @Test
    void theExamplesOfNumbersYamlHoldForTheScanner() {
        List<Rule> rules = new ArrayList<>(RULES.words());
        rules.addAll(RULES.scales());
        rules.addAll(RULES.multipliers());
        for (Rule rule : rules) {
            for (Examples.MatchExample example : rule.examples().match()) {
                assertThat(SCANNER.scan(example.text(), example.lang()))
                        .as("%s: %s", rule.id(), example.text())
                        .anySatisfy(m -> {
                            assertThat(example.text().substring(m.start(), m.end())).isEqualTo(example.claim().text());
                            assertThat(m.value()).isEqualByComparingTo(example.claim().value());
                        });
            }
            for (Examples.NoMatchExample example : rule.examples().noMatch()) {
                assertThat(SCANNER.scan(example.text(), example.lang())).as("%s: %s", rule.id(), example.text()).isEmpty();
            }
        }
    }

    @Test
    void valuesKeepTheDigitsAsWritten() {
        NumberMatch m = SCANNER.scan("3,50 milliards", "fr").get(0);
        assertThat(m.value()).isEqualTo(new BigDecimal("3.50").multiply(new BigDecimal("1000000000")));
        assertThat(m.scaled()).isTrue();
        assertThat(m.fromWords()).isFalse();
    }

    @Test
    void flagsWordsAndScales() {
        List<NumberMatch> found = SCANNER.scan("deux douzaines, trois millions, 20M, 17", "fr");
        assertThat(found).extracting(NumberMatch::fromWords).containsExactly(true, true, false, false);
        assertThat(found).extracting(NumberMatch::scaled).containsExactly(false, true, true, false);
        assertThat(SCANNER.scan("20m", "en").get(0).scaled()).isTrue();
    }

    @Test
    void frenchAndEnglishBillionsDiffer() {
        assertThat(SCANNER.scan("un billion", "fr").get(0).value()).isEqualByComparingTo("1e12");
        assertThat(SCANNER.scan("a billion", "en").get(0).value()).isEqualByComparingTo("1e9");
        assertThat(SCANNER.scan("1,250", "fr").get(0).value()).isEqualByComparingTo("1.25");
        assertThat(SCANNER.scan("1,250", "en").get(0).value()).isEqualByComparingTo("1250");
    }

    @Test
    void anUnknownLanguageIsAnError() {
        assertThatThrownBy(() -> SCANNER.scan("3", "de")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("de");
    }

    @Test
    void aWordWithTwoMeaningsIsAConfigurationError() {
        Examples none = new Examples(List.of(), List.of());
        NumberWordsRule words = new NumberWordsRule("w", "fr", Map.of("mille", 1000L), List.of(), List.of(), List.of(),
                null, null, null, null, null, null, null, null, null, ",", " .", none);
        ScaleRule scale = new ScaleRule("s", "fr", new BigDecimal("1000"), List.of("mille"), List.of(), none);
        assertThatThrownBy(() -> new NumberScanner(List.of(words), List.of(scale), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mille").hasMessageContaining("'w'");
    }

    @Test
    void matchesAreValidated() {
        assertThatThrownBy(() -> new NumberMatch(3, 3, BigDecimal.ONE, false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberMatch(0, 1, null, false, false)).isInstanceOf(NullPointerException.class);
    }
}
