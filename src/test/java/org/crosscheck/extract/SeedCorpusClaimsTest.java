package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Quantity;
import org.crosscheck.pipeline.ClaimsResult;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.crosscheck.testing.SeedGold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default corpus against what a fact-checker expects (../shared/gold/seed-findings.yaml): the
 * figures it names are extracted with their value, unit, qualifier and subject; its noise is not.
 */
class SeedCorpusClaimsTest {

    private static final Path SHARED = SeedGold.SHARED;
    private static final Path CORPUS = Path.of("corpus");

    private static ClaimsResult result;
    private static SeedGold seedGold;

    @BeforeAll
    static void extract() throws IOException {
        assumeTrue(SeedGold.available(), "../shared is beside the project");
        result = Pipeline.standard().claims(RunConfig.of(CORPUS, Optional.empty(), false), false, d -> { });
        seedGold = SeedGold.load();
    }

    @Test
    void everyFigureTheGoldNamesIsExtracted() throws IOException {
        JsonNode gold = new ObjectMapper(new YAMLFactory()).readTree(SHARED.resolve("gold/seed-findings.yaml").toFile());
        List<JsonNode> expected = new ArrayList<>();
        for (String section : List.of("must_flag", "must_agree", "must_not_link")) {
            for (JsonNode group : gold.path(section)) {
                group.path("claims").forEach(expected::add);
                group.path("also_in_group").forEach(expected::add);
            }
        }
        assertThat(expected).hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        for (JsonNode claim : expected) {
            String source = seedGold.sourceOf(claim.path("source").asText());
            boolean found = result.claims().stream().anyMatch(c -> c.sourceId().equals(source) && matches(c, claim));
            if (!found) {
                missing.add(claim.toString() + "; claims with that quote: " + result.claims().stream()
                        .filter(c -> c.sourceId().equals(source) && fold(c.text()).contains(fold(claim.path("quote").asText())))
                        .map(SeedCorpusClaimsTest::describe).toList());
            }
        }
        assertThat(missing).as("gold figures not extracted as expected").isEmpty();
    }

    @Test
    void nothingIsExtractedFromTheNoise() throws IOException {
        JsonNode gold = new ObjectMapper(new YAMLFactory()).readTree(SHARED.resolve("gold/seed-findings.yaml").toFile());
        for (JsonNode noise : gold.path("must_not_extract")) {
            String source = seedGold.sourceOf(noise.path("source").asText());
            String text = fold(Files.readString(CORPUS.resolve(source)));
            int at = text.indexOf(fold(noise.path("quote").asText()));
            assertThat(at).as("quote found in %s", source).isNotNegative();
            int end = at + noise.path("quote").asText().length();
            assertThat(result.claims())
                    .filteredOn(c -> c.sourceId().equals(source) && c.span().start() < end && c.span().end() > at)
                    .as("claims inside %s", noise)
                    .isEmpty();
        }
    }

    @Test
    void theTenAmountsOfMoneyAreExactlyTheMoneyClaims() {
        List<String> money = new ArrayList<>();
        for (Claim claim : result.claims()) {
            List<Quantity> all = new ArrayList<>(List.of(claim.quantity()));
            all.addAll(claim.equivalents());
            for (Quantity q : all) {
                if (q.dimension().equals("currency")) {
                    money.add(seedOf(claim.sourceId()) + " " + q.stated().stripTrailingZeros().toPlainString() + " " + q.unit());
                }
            }
        }
        assertThat(money).containsExactlyInAnyOrder(
                "000 290000 USD", "000 30000000 USD",
                "001 130000000 USD", "001 18000 USD", "001 250000 EUR", "001 17000000 GBP", "001 20000000 EUR",
                "003 224000 USD",
                "004 17000000 GBP", "004 20000000 EUR");
    }

    @Test
    void moneyIsConvertedToEurosWithTheMonthsRateRange() {
        Claim swedishFine = result.claims().stream()
                .filter(c -> c.quantity().unit().equals("USD") && c.quantity().stated().compareTo(new BigDecimal("290000")) == 0)
                .findFirst().orElseThrow();
        assertThat(swedishFine.normalized()).hasValueSatisfying(n -> {
            assertThat(n.unit()).isEqualTo("EUR");
            assertThat(n.stated()).isBetween(new BigDecimal("239000"), new BigDecimal("240500"));
            assertThat(n.low()).isLessThan(n.stated());
            assertThat(n.high()).isGreaterThan(n.stated());
            assertThat(n.explanation()).contains("2021-02").contains("USD per EUR");
        });
        assertThat(result.claims()).filteredOn(c -> c.quantity().unit().equals("EUR"))
                .allSatisfy(c -> assertThat(c.normalized().orElseThrow().stated()).isEqualByComparingTo(c.quantity().stated()));
    }

    @Test
    void claimsAboutOneSubjectAndMeasureShareAFactAndTheGoldsUnlinkedClaimsNever() throws IOException {
        JsonNode gold = new ObjectMapper(new YAMLFactory()).readTree(SHARED.resolve("gold/seed-findings.yaml").toFile());
        Map<String, String> factOf = new HashMap<>();
        result.facts().forEach(f -> f.claims().forEach(c -> factOf.put(c, f.id())));
        for (String linked : List.of("swedish-police-fine", "clearview-database-size")) {
            JsonNode group = named(gold.path("must_flag"), linked);
            assertThat(factsOf(group.path("claims"), factOf)).as("facts of %s", linked).hasSize(1);
        }
        JsonNode database = named(gold.path("must_flag"), "clearview-database-size");
        assertThat(factsOf(database.path("also_in_group"), factOf)).as("the subject-less figure of the database")
                .isEqualTo(factsOf(database.path("claims"), factOf));
        JsonNode italyAndUk = named(gold.path("must_flag"), "italy-fine-and-the-other-20m-eur");
        assertThat(factsOf(italyAndUk.path("claims"), factOf)).as("Italy's and the UK's fines").hasSize(2);
        for (JsonNode group : gold.path("must_not_link")) {
            assertThat(factsOf(group.path("claims"), factOf)).as("facts of %s", group.path("name").asText())
                    .hasSize(group.path("claims").size());
        }
    }

    private static JsonNode named(JsonNode groups, String name) {
        for (JsonNode group : groups) {
            if (group.path("name").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no gold group " + name);
    }

    /** The distinct facts of the claims a gold group names. */
    private static java.util.Set<String> factsOf(JsonNode claims, Map<String, String> factOf) {
        java.util.Set<String> facts = new java.util.HashSet<>();
        for (JsonNode expected : claims) {
            String source = seedGold.sourceOf(expected.path("source").asText());
            int index = -1;
            for (int i = 0; i < result.claims().size(); i++) {
                if (result.claims().get(i).sourceId().equals(source) && matches(result.claims().get(i), expected)) {
                    index = i;
                    break;
                }
            }
            assertThat(index).as("claim %s", expected).isNotNegative();
            facts.add(factOf.getOrDefault(result.claimIds().get(index), "none"));
        }
        return facts;
    }

    private static String seedOf(String sourceId) {
        return seedGold.seedOf(sourceId);
    }

    private static boolean matches(Claim claim, JsonNode expected) {
        return seedGold.matches(claim, expected);
    }

    private static String fold(String text) {
        return SeedGold.fold(text);
    }

    private static String describe(Claim c) {
        return c.text() + " = " + c.quantity() + " subject " + c.subject().orElse("-");
    }
}
