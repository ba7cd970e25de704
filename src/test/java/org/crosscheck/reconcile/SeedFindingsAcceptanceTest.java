package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.crosscheck.pipeline.RunResult;
import org.crosscheck.testing.DefaultCorpus;
import org.crosscheck.testing.SeedGold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the default corpus against every entry of ../shared/gold/seed-findings.yaml:
 * must_flag, must_agree, must_not_link and must_not_extract.
 */
class SeedFindingsAcceptanceTest {

    private static final Set<FindingKind> DISAGREEMENTS = Set.of(FindingKind.CONFLICT, FindingKind.DRIFT, FindingKind.CONVERSION);

    @TempDir
    static Path state;

    private static SeedGold gold;
    private static RunResult result;
    private static Map<String, String> factOf;

    @BeforeAll
    static void run() throws IOException {
        assumeTrue(SeedGold.available(), "../shared is beside the project");
        gold = SeedGold.load();
        result = Pipeline.standard().report(RunConfig.of(DefaultCorpus.PATH, Optional.of(state.resolve("index")), false), d -> { });
        factOf = new HashMap<>();
        for (Fact fact : result.facts()) {
            fact.claims().forEach(c -> factOf.put(c, fact.id()));
        }
    }

    @Test
    void everyMustFlagGroupIsLinkedByAFindingOfItsKind() {
        List<JsonNode> groups = gold.section("must_flag");
        assertThat(groups).isNotEmpty();
        for (JsonNode group : groups) {
            Set<FindingKind> kinds = new LinkedHashSet<>();
            if (group.path("kind").isArray()) {
                group.path("kind").forEach(k -> kinds.add(FindingKind.fromId(k.asText())));
            } else {
                kinds.add(FindingKind.fromId(group.path("kind").asText()));
            }
            Set<String> claims = ids(group.path("claims"));
            assertThat(result.findings())
                    .as("a %s finding linking %s (%s); findings: %s", kinds, group.path("name").asText(), claims, result.findings())
                    .anyMatch(f -> kinds.contains(f.kind()) && f.claims().containsAll(claims));
            for (String alsoInGroup : ids(group.path("also_in_group"))) {
                assertThat(factOf.get(alsoInGroup)).as("%s also in the group of %s", alsoInGroup, group.path("name").asText())
                        .isEqualTo(factOf.get(claims.iterator().next()));
            }
        }
    }

    @Test
    void everyMustAgreeGroupSharesAFactWithoutDisagreement() {
        List<JsonNode> groups = gold.section("must_agree");
        assertThat(groups).isNotEmpty();
        for (JsonNode group : groups) {
            Set<String> claims = ids(group.path("claims"));
            assertThat(claims.stream().map(factOf::get).distinct().toList()).as("facts of %s", group.path("name").asText())
                    .hasSize(1).doesNotContainNull();
            for (Finding finding : result.findings()) {
                if (DISAGREEMENTS.contains(finding.kind())) {
                    long linked = claims.stream().filter(finding.claims()::contains).count();
                    assertThat(claims.size() == 1 ? linked == 0 : linked < 2)
                            .as("%s is a %s about %s", finding.id(), finding.kind(), group.path("name").asText()).isTrue();
                }
            }
        }
    }

    @Test
    void noFactOrFindingLinksTheMustNotLinkClaims() {
        List<JsonNode> groups = gold.section("must_not_link");
        assertThat(groups).isNotEmpty();
        for (JsonNode group : groups) {
            List<String> claims = new ArrayList<>(ids(group.path("claims")));
            assertThat(claims).hasSize(group.path("claims").size());
            for (int i = 0; i < claims.size(); i++) {
                for (int j = i + 1; j < claims.size(); j++) {
                    String a = claims.get(i);
                    String b = claims.get(j);
                    assertThat(factOf.get(a)).as("%s: %s and %s share a fact", group.path("name").asText(), a, b)
                            .isNotEqualTo(factOf.get(b));
                    assertThat(result.findings()).as("%s: a finding links %s and %s", group.path("name").asText(), a, b)
                            .noneMatch(f -> f.claims().contains(a) && f.claims().contains(b));
                }
            }
        }
    }

    @Test
    void noClaimComesFromTheMustNotExtractQuotes() throws IOException {
        List<JsonNode> noise = gold.section("must_not_extract");
        assertThat(noise).isNotEmpty();
        for (JsonNode entry : noise) {
            String source = gold.sourceOf(entry.path("source").asText());
            String text = SeedGold.fold(Files.readString(DefaultCorpus.PATH.resolve(source)));
            String quote = SeedGold.fold(entry.path("quote").asText());
            int at = text.indexOf(quote);
            assertThat(at).as("%s in %s", quote, source).isNotNegative();
            int end = at + quote.length();
            assertThat(result.claims()).as("claims inside %s", entry)
                    .noneMatch(c -> c.sourceId().equals(source) && c.span().start() < end && c.span().end() > at);
        }
    }

    @Test
    void theUsersThreeConflictsExplainTheirArithmetic() {
        Finding swedish = findingLinking(gold.section("must_flag").get(0));
        assertThat(swedish.kind()).isEqualTo(FindingKind.CONFLICT);
        assertThat(swedish.explanation()).contains("290,000 USD ≈ 239,700 EUR").contains("2021-02").contains("USD per EUR")
                .contains("4.1% below").contains("edge");
        assertThat(swedish.gap()).hasValueSatisfying(g -> assertThat(g).isBetween(new java.math.BigDecimal("0.04"), new java.math.BigDecimal("0.045")));
        Finding database = findingLinking(gold.section("must_flag").get(1));
        assertThat(database.explanation()).contains("70.0% below").contains("grows over time");
        Finding italy = findingLinking(gold.section("must_flag").get(2));
        assertThat(italy.message()).contains("20,000,000 EUR").contains("Italy").contains("United Kingdom");
    }

    private static Finding findingLinking(JsonNode group) {
        Set<String> claims = ids(group.path("claims"));
        return result.findings().stream().filter(f -> f.claims().containsAll(claims)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding links " + group.path("name").asText()));
    }

    /** The ids of the claims a gold group names; each must be extracted. */
    private static Set<String> ids(JsonNode claims) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode expected : claims) {
            OptionalInt index = gold.find(result.claims(), expected);
            assertThat(index).as("claim %s is extracted", expected).isPresent();
            ids.add(result.claimIds().get(index.getAsInt()));
        }
        return ids;
    }
}
