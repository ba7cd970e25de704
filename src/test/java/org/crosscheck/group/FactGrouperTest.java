package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimIds;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Passage;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.SearchHit;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class FactGrouperTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            Map.of("sweden", "Sweden", "imy", "IMY", "italy", "Italy"),
            Map.of("fine", "fine", "contract-value", "contract value"),
            Map.of("imy", "sweden"));
    private static final FactGrouper GROUPER = new FactGrouper(VOCABULARY);

    private static Claim claim(String source, String text, String value, String unit, String subject, String measure) {
        BigDecimal stated = new BigDecimal(value);
        String dimension = unit.length() == 3 ? Quantity.MONEY : "count";
        return new Claim(source, new Span(0, text.length(), 1, 1), text, text,
                new Quantity(stated, stated, stated, Qualifier.EXACT, unit, dimension), Optional.empty(), Optional.empty(),
                Optional.ofNullable(subject), Optional.ofNullable(measure), ClaimStatus.REPORTED, Optional.empty(), List.of(),
                List.of());
    }

    private static List<Fact> group(List<Claim> claims) {
        return GROUPER.group(claims, ClaimIds.of(claims));
    }

    @Test
    void claimsOfOneSubjectAndMeasureShareAFactAndAnAuthorityStandsForItsCountry() {
        List<Claim> claims = List.of(
                claim("a.md", "290 000 $", "290000", "USD", "sweden", "fine"),
                claim("b.md", "250 000 euros", "250000", "EUR", "imy", "fine"),
                claim("c.md", "20 millions d'euros", "20000000", "EUR", "italy", "fine"));
        List<Fact> facts = group(claims);
        assertThat(facts).hasSize(2);
        assertThat(facts.get(0).claims()).hasSize(2);
        assertThat(facts.get(0).label()).isEqualTo("Fine — Sweden (currency)");
        assertThat(facts.get(1).subject()).contains("italy");
    }

    @Test
    void differentMeasuresOrMissingSubjectsNeverShareAFact() {
        List<Claim> claims = List.of(
                claim("a.md", "18 000 $", "18000", "USD", null, "contract-value"),
                claim("b.md", "224 000 dollars", "224000", "USD", null, "contract-value"),
                claim("c.md", "5 000 euros", "5000", "EUR", "sweden", "contract-value"),
                claim("c.md", "5 000 euros", "5000", "EUR", "sweden", "fine"));
        assertThat(group(claims)).hasSize(4).allSatisfy(f -> assertThat(f.claims()).hasSize(1));
        assertThat(group(claims).get(0).label()).isEqualTo("Contract value — unknown subject (currency)");
    }

    @Test
    void aClaimWithoutSubjectJoinsTheOnlyFactOfItsMeasureInItsSource() {
        List<Claim> claims = List.of(
                claim("a.md", "10 milliards d'images", "10000000000", "images", "sweden", "database-size"),
                claim("a.md", "dix milliards de clichés", "10000000000", "images", null, "database-size"),
                claim("b.md", "3 milliards d'images", "3000000000", "images", null, "database-size"));
        List<Fact> facts = group(claims);
        assertThat(facts).hasSize(2);
        assertThat(facts.get(0).claims()).hasSize(2);
        assertThat(facts.get(1).claims()).hasSize(1);
    }

    @Test
    void aClaimWithoutSubjectStaysAloneWhenItsSourceHasTwoFactsOfItsMeasure() {
        List<Claim> claims = List.of(
                claim("a.md", "18 000 $", "18000", "USD", "sweden", "contract-value"),
                claim("a.md", "224 000 dollars", "224000", "USD", "italy", "contract-value"),
                claim("a.md", "5 000 $", "5000", "USD", null, "contract-value"));
        assertThat(group(claims)).hasSize(3);
    }

    @Test
    void factIdsDoNotChangeWhenClaimsAreReorderedOrUnrelatedOnesAdded() {
        List<Claim> claims = new ArrayList<>(List.of(
                claim("a.md", "290 000 $", "290000", "USD", "sweden", "fine"),
                claim("b.md", "250 000 euros", "250000", "EUR", "sweden", "fine"),
                claim("b.md", "18 000 $", "18000", "USD", null, "contract-value")));
        List<String> before = group(claims).stream().map(Fact::id).sorted().toList();
        Collections.reverse(claims);
        claims.add(claim("z.md", "3 cas", "3", "cases", "italy", "fine"));
        List<String> after = group(claims).stream().map(Fact::id).toList();
        assertThat(after).containsAll(before).hasSize(before.size() + 1);
    }

    /** Evidence that answers every claim with the given passages of other sources, scored as given. */
    private static Evidence passages(SearchHit... hits) {
        return (claim, limit) -> List.of(hits).subList(0, Math.min(limit, hits.length));
    }

    private static SearchHit hit(String source, int start, int end, float overlap) {
        return new SearchHit(new Passage(source, 0, new Span(start, end, 1, 1), "x".repeat(end - start)), overlap, List.of());
    }

    private static Claim at(Claim claim, int start) {
        return new Claim(claim.sourceId(), new Span(start, start + claim.text().length(), 1, 1), claim.text(), claim.sentence(),
                claim.quantity(), claim.normalized(), claim.time(), claim.subject(), claim.measure(), claim.status(),
                claim.attribution(), claim.equivalents(), claim.rules());
    }

    @Test
    void aClaimWithoutSubjectJoinsTheOneFactOfItsMeasureInASimilarPassageOfAnotherSource() {
        List<Claim> claims = List.of(
                at(claim("a.md", "10 milliards d'images", "10000000000", "images", "sweden", "database-size"), 100),
                claim("b.md", "des milliards d'images", "3000000000", "images", null, "database-size"));
        List<Fact> joined = GROUPER.group(claims, ClaimIds.of(claims), passages(hit("a.md", 90, 200, 0.6f)));
        assertThat(joined).hasSize(1);
        assertThat(joined.get(0).claims()).hasSize(2);
        List<Fact> tooLoose = GROUPER.group(claims, ClaimIds.of(claims), passages(hit("a.md", 90, 200, 0.2f)));
        assertThat(tooLoose).hasSize(2);
        List<Fact> otherPassage = GROUPER.group(claims, ClaimIds.of(claims), passages(hit("a.md", 300, 400, 0.9f)));
        assertThat(otherPassage).hasSize(2);
    }

    @Test
    void aClaimWithoutSubjectStaysAloneWhenSimilarPassagesPointAtTwoFacts() {
        List<Claim> claims = List.of(
                at(claim("a.md", "7 300 recherches", "7300", "searches", "sweden", "search-count"), 100),
                at(claim("c.md", "650 recherches", "650", "searches", "italy", "search-count"), 100),
                claim("b.md", "1 000 recherches", "1000", "searches", null, "search-count"));
        List<Fact> facts = GROUPER.group(claims, ClaimIds.of(claims),
                passages(hit("a.md", 90, 200, 0.7f), hit("c.md", 90, 200, 0.6f)));
        assertThat(facts).hasSize(3).allSatisfy(f -> assertThat(f.claims()).hasSize(1));
    }
}
