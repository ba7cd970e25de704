package org.crosscheck.extract;

import org.crosscheck.model.Quantity;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosscheck.model.Claim;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven examples of each feature, in French and English: value, interval, unit and exact span. */
class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSetLoader.load(Path.of("rules")));

    private static List<Claim> claims(String lang, String text) {
        return EXTRACTOR.extractText(lang, Optional.of(PartialDate.parse("2022-03")), "t", text, false);
    }

    /** lang, sentence, span, stated, low, high, unit, qualifier. */
    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("fr", "Une amende de 290 000 $ a été payée.", "290 000 $", "290000", "285000", "295000", "USD", "exact"),
                Arguments.of("fr", "Une amende de 290\u00a0000\u00a0$ a été payée.", "290\u00a0000\u00a0$", "290000", "285000", "295000", "USD", "exact"),
                Arguments.of("en", "It paid $290,000 in the end.", "$290,000", "290000", "285000", "295000", "USD", "exact"),
                Arguments.of("fr", "Elle doit 250 000 euros.", "250 000 euros", "250000", "245000", "255000", "EUR", "exact"),
                Arguments.of("en", "A fine of €20m was set.", "€20m", "20000000", "19500000", "20500000", "EUR", "exact"),
                Arguments.of("fr", "Une amende de 17 millions de livres sterling.", "17 millions de livres sterling", "17000000", "16500000", "17500000", "GBP", "exact"),
                Arguments.of("en", "A fine of £7.5m was set.", "£7.5m", "7500000", "7450000", "7550000", "GBP", "exact"),
                Arguments.of("en", "It was fined SEK 2.5 million.", "SEK 2.5 million", "2500000", "2450000", "2550000", "SEK", "exact"),
                Arguments.of("fr", "Elle a payé 2,5 millions de couronnes suédoises.", "2,5 millions de couronnes suédoises", "2500000", "2450000", "2550000", "SEK", "exact"),
                Arguments.of("en", "The contract is worth U.S. $8.06 million.", "U.S. $8.06 million", "8060000", "8055000", "8065000", "USD", "exact"),
                Arguments.of("fr", "Elle a payé 7,5 millions de francs suisses.", "7,5 millions de francs suisses", "7500000", "7450000", "7550000", "CHF", "exact"),
                Arguments.of("fr", "La base compte plus de 3 milliards d'images.", "plus de 3 milliards d'images", "3000000000", "3000000000", "4000000000", "images", "more-than"),
                Arguments.of("fr", "Elle a effectué près de 14 000 recherches.", "près de 14 000 recherches", "14000", "12600", "14000", "searches", "approx"),
                Arguments.of("fr", "Des agences de 24 pays l'ont utilisée.", "24 pays", "24", "23.5", "24.5", "countries", "exact"),
                Arguments.of("fr", "Elle est présente dans au moins deux douzaines d'autres pays.", "au moins deux douzaines d'autres pays", "24", "24", "30", "countries", "at-least"),
                Arguments.of("en", "The firm holds more than 10 billion images.", "more than 10 billion images", "10000000000", "10000000000", "20000000000", "images", "more-than"),
                Arguments.of("fr", "Le taux atteint 30 pour cent.", "30 pour cent", "30", "29.5", "30.5", "percent", "exact"),
                Arguments.of("en", "Accuracy is 100%.", "100%", "100", "99.5", "100.5", "percent", "exact"),
                Arguments.of("fr", "Entre 101 et 500 agents l'ont testée.", "Entre 101 et 500 agents", "101", "101", "500", "officers", "range"),
                Arguments.of("en", "It has 2-3 million users.", "2-3 million users", "2000000", "2000000", "3000000", "users", "range"),
                Arguments.of("en", "Between 2 and 3 million users signed up.", "Between 2 and 3 million users", "2000000", "2000000", "3000000", "users", "range"),
                Arguments.of("fr", "De 10 à 20 agents ont témoigné.", "De 10 à 20 agents", "10", "10", "20", "officers", "range"),
                Arguments.of("en", "It ran nearly 14,000 searches.", "nearly 14,000 searches", "14000", "12600", "14000", "searches", "approx"),
                Arguments.of("en", "About 250 people attended.", "About 250 people", "250", "225", "275", "people", "approx"),
                Arguments.of("en", "At least two dozen countries use it.", "At least two dozen countries", "24", "24", "30", "countries", "at-least"),
                Arguments.of("en", "Up to 500 officers may be trained.", "Up to 500 officers", "500", "0", "500", "officers", "at-most"),
                Arguments.of("fr", "Moins de 500 agents l'ont utilisée.", "Moins de 500 agents", "500", "400", "500", "officers", "less-than"),
                Arguments.of("en", "It holds twenty-four thousand images.", "twenty-four thousand images", "24000", "23500", "24500", "images", "exact"),
                Arguments.of("fr", "Elle a versé deux cent cinquante mille euros.", "deux cent cinquante mille euros", "250000", "245000", "255000", "EUR", "exact"),
                Arguments.of("fr", "Le service compte quatre-vingt-dix clients.", "quatre-vingt-dix clients", "90", "89.5", "90.5", "clients", "exact"),
                Arguments.of("en", "The English billion is 7.5bn dollars.", "7.5bn dollars", "7500000000", "7450000000", "7550000000", "USD", "exact"),
                Arguments.of("fr", "Le milliard français vaut 2 Md€.", "2 Md€", "2000000000", "1950000000", "2050000000", "EUR", "exact"),
                Arguments.of("fr", "Le billion français : 3 billions d'euros.", "3 billions d'euros", "3000000000000", "2950000000000", "3050000000000", "EUR", "exact"),
                Arguments.of("en", "Police cut costs by -5 percent.", "-5 percent", "-5", "-5.5", "-4.5", "percent", "exact"),
                Arguments.of("fr", "Le repas coûte 12,50 €.", "12,50 €", "12.5", "12.495", "12.505", "EUR", "exact"),
                Arguments.of("fr", "Le projet coûte 4 millions d'euros.", "4 millions d'euros", "4000000", "3950000", "4050000", "EUR", "exact"),
                Arguments.of("fr", "Le projet coûte 4 000 000 d'euros.", "4 000 000 d'euros", "4000000", "3950000", "4050000", "EUR", "exact"),
                Arguments.of("en", "It ran more than 1,250 searches.", "more than 1,250 searches", "1250", "1250", "2000", "searches", "more-than"),
                Arguments.of("fr", "La dette atteint plusieurs billions d'euros.", "plusieurs billions d'euros", "3000000000000", "2000000000000", "9000000000000", "EUR", "vague"));
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @MethodSource("figures")
    void extractsTheFigure(String lang, String sentence, String span, String stated, String low, String high, String unit, String qualifier) {
        List<Claim> claims = claims(lang, sentence);
        assertThat(claims).as("claims of %s", sentence).hasSize(1);
        Claim claim = claims.get(0);
        assertThat(claim.text()).isEqualTo(span);
        assertThat(sentence.substring(claim.span().start(), claim.span().end())).isEqualTo(span);
        assertThat(claim.quantity().stated()).isEqualByComparingTo(stated);
        assertThat(claim.quantity().low()).isEqualByComparingTo(low);
        assertThat(claim.quantity().high()).isEqualByComparingTo(high);
        assertThat(claim.quantity().unit()).isEqualTo(unit);
        assertThat(claim.quantity().qualifier().id()).isEqualTo(qualifier);
    }

    @Test
    void aParentheticalConversionIsOneClaimWithAnEquivalent() {
        List<Claim> claims = claims("fr", "Une amende de plus de 17 millions de livres sterling (20 millions d'euros) est envisagée.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("plus de 17 millions de livres sterling (20 millions d'euros)");
            assertThat(c.quantity().unit()).isEqualTo("GBP");
            assertThat(c.equivalents()).singleElement().satisfies(q -> {
                assertThat(q.unit()).isEqualTo("EUR");
                assertThat(q.stated()).isEqualByComparingTo("20000000");
            });
        });
        assertThat(claims("en", "A fine of £7.5m ($9.4m) was imposed.")).singleElement()
                .satisfies(c -> assertThat(c.equivalents()).singleElement().satisfies(q -> assertThat(q.unit()).isEqualTo("USD")));
    }

    @Test
    void aFigureRestatedInWordsIsOneClaimWithoutAnEquivalent() {
        assertThat(claims("en", "The regulator imposes a fine of € 4,250,000 (in words: four million two hundred and fifty thousand euros) on the firm."))
                .singleElement().satisfies(c -> {
                    assertThat(c.text()).isEqualTo("€ 4,250,000 (in words: four million two hundred and fifty thousand euros)");
                    assertThat(c.equivalents()).isEmpty();
                });
        assertThat(claims("en", "The regulator imposes a fine of € 4,250,000 (in words: four million euros) on the firm."))
                .as("a different figure in the parenthesis is a claim of its own").hasSize(2);
    }

    @Test
    void theEarlierValueOfAChangeHasNoMeasureAndTheLaterOneKeepsIt() {
        List<Claim> claims = claims("en", "The regulator cut the fine from £9 million to £4 million.");
        assertThat(claims).extracting(Claim::text).containsExactly("£9 million", "£4 million");
        assertThat(claims.get(0).measure()).isEmpty();
        assertThat(claims.get(1).measure()).contains("fine");
        assertThat(claims("en", "Estimates range from 40 to 60 agencies.")).singleElement()
                .satisfies(c -> assertThat(c.quantity().qualifier()).isEqualTo(Qualifier.RANGE));
        assertThat(claims("en", "The database grew from 2 million to 9 million images.")).singleElement()
                .satisfies(c -> assertThat(c.quantity().stated()).isEqualByComparingTo("9000000"));
    }

    @Test
    void wordsThatLookLikeCurrenciesAreNot() {
        assertThat(claims("fr", "La Couronne n'a pas répondu aux cent entreprises. Son fils a payé."))
                .noneSatisfy(c -> assertThat(c.quantity().dimension()).isEqualTo("currency"));
        assertThat(claims("fr", "Le fils a 3 ans et les 20 21 22 23 numéros.")).allSatisfy(c -> assertThat(c.quantity().dimension()).isNotEqualTo("currency"));
    }

    @Test
    void aPercentWordBeforeAFigureMakesItAShareUnlessAFigureOwnsTheWord() {
        assertThat(claims("en", "The share is per cent of 64, officials said.")).singleElement()
                .satisfies(c -> assertThat(c.quantity().stated()).isEqualByComparingTo("64"));
        assertThat(claims("en", "It kept 20 percent of 10 million images.")).extracting(Claim::text)
                .containsExactly("20 percent", "10 million images");
    }

    @Test
    void aQuestionAssertsNoFigure() {
        assertThat(claims("fr", "Mais ils sont quoi, 5%, 10% ?")).isEmpty();
        assertThat(claims("en", "Did it really pay $5,000?")).isEmpty();
        assertThat(claims("en", "It paid $5,000.")).hasSize(1);
        assertThat(claims("en", "It paid $5,000, but was it enough?")).hasSize(1);
        assertThat(claims("fr", "Elle a payé 5 000 euros ; combien paiera-t-elle 3 000 euros ?")).extracting(Claim::text)
                .containsExactly("5 000 euros");
    }

    @Test
    void noiseIsNotAClaim() {
        assertThat(claims("fr", "Groupe Moniteur Nanterre B 403 080 823, appelez le 01 23 45 67 89 à 14h30.")).isEmpty();
        assertThat(claims("fr", "Après covid19 20 21 22 23 24 25, le 21 novembre 2024.")).isEmpty();
        assertThat(claims("en", "In 2019 the 3rd version shipped, item 12.")).isEmpty();
        assertThat(claims("en", "Over 100,000 Covid-19 cases were counted.")).extracting(Claim::text)
                .doesNotContain("19 cases");
        assertThat(claims("en", "Support for Windows 10 users ends; Section 230 cases rise.")).isEmpty();
        assertThat(claims("en", "See https://example.org/decision%2000%3A00%25 and C/EIS/3458/26-05-2021 complaints.")).isEmpty();
        assertThat(claims("fr", "Selon Clearview 3 milliards d'images ont été collectées.")).hasSize(1);
    }

    @Test
    void dollarsAreAmericanUnlessTheSentenceNamesAnotherDollar() {
        assertThat(claims("fr", "Le contrat vaut 5 000 $.")).singleElement().satisfies(c -> assertThat(c.quantity().unit()).isEqualTo("USD"));
        assertThat(claims("fr", "Le contrat, payé en dollars canadiens, vaut 5 000 $.")).anySatisfy(c -> assertThat(c.quantity().unit()).isEqualTo("CAD"));
        assertThat(claims("en", "It paid 5 million Canadian dollars ($4 million).")).singleElement().satisfies(c -> {
            assertThat(c.quantity().unit()).isEqualTo("CAD");
            assertThat(c.equivalents()).singleElement().satisfies(q -> assertThat(q.unit()).isEqualTo("USD"));
        });
    }

    @Test
    void datesGovernTheFiguresOfTheirSentence() {
        Claim stated = claims("fr", "En février 2021, l'autorité a infligé une amende de 250 000 euros.").get(0);
        assertThat(stated.time().orElseThrow().value()).isEqualTo(PartialDate.ofMonth(2021, 2));
        assertThat(stated.time().orElseThrow().basis()).isEqualTo(TimeBasis.STATED);
        Claim relative = claims("fr", "En novembre dernier, l'autorité a infligé une amende de 17 millions de livres sterling.").get(0);
        assertThat(relative.time().orElseThrow().value()).isEqualTo(PartialDate.ofMonth(2021, 11));
        assertThat(relative.time().orElseThrow().basis()).isEqualTo(TimeBasis.RELATIVE);
        Claim day = claims("fr", "La commande de 224 000 dollars a été signée le 12 août dernier.").get(0);
        assertThat(day.time().orElseThrow().value()).isEqualTo(PartialDate.ofDay(2021, 8, 12));
        Claim sameMonth = claims("fr", "La commande de 224 000 dollars a été signée le 2 mars dernier.").get(0);
        assertThat(sameMonth.time().orElseThrow().value()).as("a day earlier in the month of publication").isEqualTo(PartialDate.ofDay(2022, 3, 2));
        Claim monthOnly = claims("fr", "En mars dernier, elle avait 50 clients.").get(0);
        assertThat(monthOnly.time().orElseThrow().value()).as("the month of publication is not yet 'last March'").isEqualTo(PartialDate.ofMonth(2021, 3));
        Claim english = claims("en", "On October 17, 2022, it paid $5,000.").get(0);
        assertThat(english.time().orElseThrow().value()).isEqualTo(PartialDate.ofDay(2022, 10, 17));
        Claim thisYear = claims("fr", "Cette année, elle vise 50 clients.").get(0);
        assertThat(thisYear.time().orElseThrow().value()).isEqualTo(PartialDate.ofYear(2022));
        Claim lastYear = claims("en", "Last year it had 50 clients.").get(0);
        assertThat(lastYear.time().orElseThrow().value()).isEqualTo(PartialDate.ofYear(2021));
        List<Claim> twoYears = claims("en", "Revenue was $10 million in 2019 and $12 million in 2020.");
        assertThat(twoYears).extracting(c -> c.time().orElseThrow().value()).containsExactly(PartialDate.ofYear(2019), PartialDate.ofYear(2020));
        List<Claim> against = claims("fr", "En 2019, elle a payé 10 millions d'euros, contre 8 millions d'euros en 2018.");
        assertThat(against).extracting(c -> c.time().orElseThrow().value()).containsExactly(PartialDate.ofYear(2019), PartialDate.ofYear(2018));
        Claim none = claims("fr", "Elle a 50 clients.").get(0);
        assertThat(none.time().orElseThrow().basis()).isEqualTo(TimeBasis.PUBLICATION);
    }

    @Test
    void measureSubjectStatusAndAttributionComeFromTheSentence() {
        Claim fine = claims("fr", "L'autorité italienne de protection des données a infligé une amende de 20 millions d'euros.").get(0);
        assertThat(fine.measure()).contains("fine");
        assertThat(fine.subject()).isPresent();
        assertThat(fine.status().id()).isEqualTo("final");
        Claim proposed = claims("en", "The ICO proposed a fine of £17m on the firm.").get(0);
        assertThat(proposed.status().id()).isEqualTo("proposed");
        Claim attributed = claims("fr", "Selon le New York Times, l'entreprise a levé 30 millions de dollars.").get(0);
        assertThat(attributed.attribution()).isPresent();
        Claim sourced = claims("fr", "Clearview affirme disposer d'une base de 5 milliards d'images tirées notamment de Facebook, "
                + "Instagram et Twitter.").get(0);
        assertThat(sourced.subject()).contains("clearview-ai");
        Claim instrument = claims("fr", "La CNIL a relevé 300 recherches avec Clearview.").get(0);
        assertThat(instrument.subject()).contains("cnil");
        Claim investigated = claims("fr", "La CNIL a enquêté sur Clearview, qui revendique 12 milliards de photos.").get(0);
        assertThat(investigated.subject()).as("'sur' is no oblique word").contains("clearview-ai");
        Claim valued = claims("fr", "L'entreprise, valorisée quelque 130 millions de dollars, grandit.").get(0);
        assertThat(valued.measure()).contains("valuation");
        assertThat(valued.quantity().qualifier().id()).isEqualTo("approx");
    }

    @Test
    void bareNumbersComeOnlyWhenAsked() {
        String text = "Le code 4321 et la valeur 17,5.";
        assertThat(claims("fr", text)).isEmpty();
        List<Claim> numbers = EXTRACTOR.extractText("fr", Optional.empty(), "t", text, true);
        assertThat(numbers).extracting(c -> c.quantity().stated()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4321"), new BigDecimal("17.5"));
        assertThat(numbers).allSatisfy(c -> assertThat(c.quantity().dimension()).isEqualTo(Quantity.BARE_NUMBER));
    }
}
