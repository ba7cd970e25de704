package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimIds;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Fact;
import org.crosscheck.model.FactIndex;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.ReconcilePolicy;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;
import org.junit.jupiter.api.Test;

/** Each finding kind from hand-made claims and facts, and the cases that must give none. */
class ReconcilerTest {

    /** Converts GBP at 0.85 GBP per EUR; leaves other units as stated. */
    private static final Reconciler RECONCILER = new Reconciler(ReconcilePolicy.defaults(), Map.of("database-size", "database size"),
            Set.of("database-size"), Set.of("fine/per-month"), (claim, q) -> Optional.of(inEuros(q)));

    /** A claim whose figure is {@code value} with an interval of ± {@code halfWidth}, already on the common footing. */
    private static Claim claim(String source, String value, String halfWidth, String unit, Qualifier qualifier, ClaimStatus status,
                               String time, TimeBasis basis, List<Quantity> equivalents) {
        BigDecimal stated = new BigDecimal(value);
        BigDecimal half = new BigDecimal(halfWidth);
        Quantity q = new Quantity(stated, stated.subtract(half), stated.add(half), qualifier, unit,
                unit.length() == 3 ? Quantity.MONEY : "count");
        String text = value + " " + unit;
        return new Claim(source, new Span(0, text.length(), 1, 1), text, text, q,
                Optional.of(new Normalized(q.stated(), q.low(), q.high(), unit, "")),
                Optional.ofNullable(time).map(t -> new TimeRef(PartialDate.parse(t), basis)), Optional.of("s"),
                Optional.of(unit.length() == 3 ? "fine" : "database-size"), status, Optional.empty(), equivalents, List.of());
    }

    private static Claim money(String source, String value, String unit) {
        return claim(source, value, "5000", unit, Qualifier.EXACT, ClaimStatus.REPORTED, "2021-02", TimeBasis.STATED, List.of());
    }

    private static Claim images(String source, String value, String time, TimeBasis basis) {
        return claim(source, value, "0", "images", Qualifier.MORE_THAN, ClaimStatus.REPORTED, time, basis, List.of());
    }

    /** The findings when all {@code claims} form one fact. */
    private static List<Finding> oneFact(Claim... claims) {
        List<Claim> list = List.of(claims);
        List<String> ids = ClaimIds.of(list);
        Fact fact = new Fact("f-1", "Label", Optional.of("s"), list.get(0).measure(), list.get(0).quantity().dimension(), ids);
        return RECONCILER.reconcile(list, ids, List.of(fact));
    }

    @Test
    void disjointFiguresAreAConflictWhoseSeverityGrowsWithTheGap() {
        List<Finding> far = oneFact(money("a.md", "100000", "EUR"), money("b.md", "200000", "EUR"));
        assertThat(far).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.internal()).isFalse();
            assertThat(f.gap()).contains(new BigDecimal("0.5000"));
            assertThat(f.explanation()).contains("100,000 EUR is 50.0% below 200,000 EUR").contains("do not meet");
        });
        List<Finding> near = oneFact(money("a.md", "100000", "EUR"), money("b.md", "112000", "EUR"));
        assertThat(near).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void overlappingFiguresBeyondTheToleranceAreAConflictCappedAtWarning() {
        List<Finding> edge = oneFact(money("a.md", "100000", "EUR"), money("b.md", "109000", "EUR"));
        assertThat(edge).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.explanation()).contains("meet only at the edge");
        });
        assertThat(oneFact(money("a.md", "100000", "EUR"), money("b.md", "101500", "EUR"))).as("within 2%").isEmpty();
    }

    @Test
    void aLargerLaterFigureOfAGrowingMeasureIsDriftAndALargerEarlierOneAConflict() {
        assertThat(oneFact(images("a.md", "3000000000", "2020-01", TimeBasis.STATED), images("b.md", "10000000000", "2022-03", TimeBasis.STATED)))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.DRIFT);
                    assertThat(f.explanation()).contains("database size grows over time and the larger figure is later");
                });
        assertThat(oneFact(images("a.md", "3000000000", "2023-01", TimeBasis.STATED), images("b.md", "10000000000", "2022-03", TimeBasis.STATED)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT));
        assertThat(oneFact(images("a.md", "3000000000", null, TimeBasis.STATED), images("b.md", "10000000000", "2022-03", TimeBasis.STATED)))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.DRIFT);
                    assertThat(f.explanation()).contains("not every figure is dated");
                });
    }

    @Test
    void oneArticleContradictsItselfOnAGrowingMeasureOnlyWithTheSameStatedDate() {
        assertThat(oneFact(images("a.md", "100", "2021-08", TimeBasis.PUBLICATION), images("a.md", "1250", "2021-08", TimeBasis.PUBLICATION)))
                .isEmpty();
        assertThat(oneFact(images("a.md", "100", "2020-02", TimeBasis.STATED), images("a.md", "1250", "2020-02", TimeBasis.STATED)))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
                    assertThat(f.internal()).isTrue();
                });
    }

    @Test
    void aProposedFigureIsNotComparedWithDoneOnesButAgreeingWithOneIsAStatusMismatch() {
        Claim proposed = claim("a.md", "17000000", "500000", "GBP", Qualifier.EXACT, ClaimStatus.PROPOSED, "2021-11", TimeBasis.STATED, List.of());
        Claim imposed = claim("b.md", "17000000", "500000", "GBP", Qualifier.EXACT, ClaimStatus.FINAL, "2021-11", TimeBasis.STATED, List.of());
        Claim smaller = claim("c.md", "7500000", "50000", "GBP", Qualifier.EXACT, ClaimStatus.FINAL, "2022-05", TimeBasis.STATED, List.of());
        assertThat(oneFact(proposed, imposed)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.STATUS_MISMATCH);
            assertThat(f.message()).contains("proposed in one place and final in another");
        });
        assertThat(oneFact(proposed, smaller)).as("a plan against a different outcome").isEmpty();
        Claim plainReport = claim("d.md", "17000000", "500000", "GBP", Qualifier.EXACT, ClaimStatus.REPORTED, "2021-11", TimeBasis.STATED, List.of());
        assertThat(oneFact(proposed, plainReport)).as("a plain report says nothing of what happened").isEmpty();
    }

    @Test
    void anItemisedMeasureStatedTwiceInOneSourceIsTwoItemsButDisagreesAcrossSources() {
        Claim first = withMeasure(money("a.md", "80000", "EUR"), "fine/per-month");
        Claim second = withMeasure(money("a.md", "60000", "EUR"), "fine/per-month");
        Claim elsewhere = withMeasure(money("b.md", "60000", "EUR"), "fine/per-month");
        assertThat(oneFact(first, second)).isEmpty();
        assertThat(oneFact(first, elsewhere)).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT));
        assertThat(oneFact(money("a.md", "80000", "EUR"), money("a.md", "60000", "EUR")))
                .as("the plain measure: one source contradicts itself").singleElement()
                .satisfies(f -> assertThat(f.internal()).isTrue());
    }

    private static Claim withMeasure(Claim claim, String measure) {
        return new Claim(claim.sourceId(), claim.span(), claim.text(), claim.sentence(), claim.quantity(), claim.normalized(), claim.time(),
                claim.subject(), Optional.of(measure), claim.status(), claim.attribution(), claim.equivalents(), claim.rules());
    }

    /** 17 million GBP stated again as 25 million EUR, far off the 0.85 rate, on its own footing in euros. */
    private static Claim offTheRate() {
        Quantity euros = new Quantity(new BigDecimal("25000000"), new BigDecimal("24500000"), new BigDecimal("25500000"),
                Qualifier.EXACT, "EUR", Quantity.MONEY);
        Claim off = claim("a.md", "17000000", "500000", "GBP", Qualifier.EXACT, ClaimStatus.REPORTED, "2021-11", TimeBasis.STATED,
                List.of(euros));
        return new Claim(off.sourceId(), off.span(), off.text(), off.sentence(), off.quantity(),
                Optional.of(inEuros(off.quantity())), off.time(), off.subject(), off.measure(), off.status(), off.attribution(), off.equivalents(), off.rules());
    }

    @Test
    void aStatedEquivalentOffTheRateIsAConversionFinding() {
        Claim off = offTheRate();
        assertThat(oneFact(off)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CONVERSION);
            assertThat(f.internal()).isTrue();
            assertThat(f.claims()).hasSize(1);
        });
        Quantity fair = new Quantity(new BigDecimal("20000000"), new BigDecimal("19500000"), new BigDecimal("20500000"),
                Qualifier.EXACT, "EUR", Quantity.MONEY);
        Claim right = new Claim(off.sourceId(), off.span(), off.text(), off.sentence(), off.quantity(), Optional.of(inEuros(off.quantity())), off.time(),
                off.subject(), off.measure(), off.status(), off.attribution(), List.of(fair), off.rules());
        assertThat(oneFact(right)).isEmpty();
    }

    @Test
    void aLoneClaimWithoutASubjectIsReadOnlyWhenItStatesItsFigureAgain() {
        Claim converting = withoutSubject(offTheRate());
        Claim plain = withoutSubject(money("b.md", "3000000", "EUR"));
        List<Claim> claims = List.of(converting, plain);
        List<String> ids = ClaimIds.of(claims);
        List<Fact> facts = List.of(
                new Fact("f-1", "Fine — unknown subject (currency)", Optional.empty(), converting.measure(), Quantity.MONEY, List.of(ids.get(0))),
                new Fact("f-2", "Fine — unknown subject (currency)", Optional.empty(), plain.measure(), Quantity.MONEY, List.of(ids.get(1))));
        List<Integer> read = new ArrayList<>();
        List<Claim> watched = new java.util.AbstractList<>() {
            @Override
            public Claim get(int index) {
                read.add(index);
                return claims.get(index);
            }

            @Override
            public int size() {
                return claims.size();
            }
        };

        List<Finding> findings = RECONCILER.reconcile(watched, ids, FactIndex.of(facts, ids), claim -> claim == 0);

        assertThat(findings).isEqualTo(RECONCILER.reconcile(claims, ids, facts)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CONVERSION));
        assertThat(read).containsOnly(0);
    }

    private static Claim withoutSubject(Claim claim) {
        return new Claim(claim.sourceId(), claim.span(), claim.text(), claim.sentence(), claim.quantity(), claim.normalized(), claim.time(),
                Optional.empty(), claim.measure(), claim.status(), claim.attribution(), claim.equivalents(), claim.rules());
    }

    /** A figure in GBP in EUR at 0.85 GBP per EUR; any other figure as stated. */
    private static Normalized inEuros(Quantity q) {
        if (!q.unit().equals("GBP")) {
            return new Normalized(q.stated(), q.low(), q.high(), q.unit(), "");
        }
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal rate = new BigDecimal("0.85");
        return new Normalized(q.stated().divide(rate, mc), q.low().divide(rate, mc), q.high().divide(rate, mc), "EUR", "converted");
    }

    @Test
    void oneFigureUnderTwoSubjectsInTwoSourcesIsAnAttributionAndOneSubjectInTwoUnitsAUnitMismatch() {
        Claim italy = money("a.md", "20000000", "EUR");
        Claim britain = money("b.md", "20000000", "EUR");
        Claim sameSourceOther = money("a.md", "20000000", "EUR");
        List<Claim> claims = List.of(italy, britain, sameSourceOther);
        List<String> ids = ClaimIds.of(claims);
        List<Fact> facts = List.of(
                new Fact("f-italy", "Fine — Italy", Optional.of("italy"), Optional.of("fine"), Quantity.MONEY, List.of(ids.get(0))),
                new Fact("f-uk", "Fine — United Kingdom", Optional.of("united-kingdom"), Optional.of("fine"), Quantity.MONEY, List.of(ids.get(1))),
                new Fact("f-spain", "Fine — Spain", Optional.of("spain"), Optional.of("fine"), Quantity.MONEY, List.of(ids.get(2))));
        assertThat(RECONCILER.reconcile(claims, ids, facts)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.ATTRIBUTION);
            assertThat(f.claims()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(f.fact()).isEqualTo("f-italy");
            assertThat(f.message()).startsWith("20,000,000 EUR is given for");
        });
        assertThat(RECONCILER.reconcile(List.of(italy, sameSourceOther), List.of(ids.get(0), ids.get(2)),
                List.of(facts.get(0), facts.get(2)))).as("one source may name two subjects with one figure").isEmpty();

        Claim people = claim("a.md", "3000000000", "0", "people", Qualifier.MORE_THAN, ClaimStatus.REPORTED, "2021-05", TimeBasis.STATED, List.of());
        Claim photos = claim("b.md", "3000000000", "0", "images", Qualifier.MORE_THAN, ClaimStatus.REPORTED, "2021-08", TimeBasis.STATED, List.of());
        List<Claim> counts = List.of(people, photos);
        List<String> countIds = ClaimIds.of(counts);
        List<Fact> countFacts = List.of(
                new Fact("f-a", "Users — X", Optional.of("x"), Optional.empty(), "count", List.of(countIds.get(0))),
                new Fact("f-b", "Database size — X", Optional.of("x"), Optional.of("database-size"), "count", List.of(countIds.get(1))));
        assertThat(RECONCILER.reconcile(counts, countIds, countFacts)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.UNIT_MISMATCH));
    }

    @Test
    void vagueFiguresAreNotCompared() {
        Claim vague = claim("a.md", "3000000000", "0", "images", Qualifier.VAGUE, ClaimStatus.REPORTED, "2022-02", TimeBasis.STATED, List.of());
        assertThat(oneFact(vague, images("b.md", "10000000000", "2022-02", TimeBasis.STATED))).isEmpty();
        Claim severalFaces = claim("b.md", "3000000000", "0", "faces", Qualifier.VAGUE, ClaimStatus.REPORTED, "2022-02", TimeBasis.STATED, List.of());
        List<Claim> claims = List.of(vague, severalFaces);
        List<String> ids = ClaimIds.of(claims);
        assertThat(RECONCILER.reconcile(claims, ids, List.of(
                new Fact("f-a", "A", Optional.of("x"), Optional.empty(), "count", List.of(ids.get(0))),
                new Fact("f-b", "B", Optional.of("x"), Optional.empty(), "count", List.of(ids.get(1)))))).as("no unit mismatch").isEmpty();
    }

    @Test
    void threeSourcesThatAgreeAgainstOneDifferentGiveOneFindingWithAllFour() {
        assertThat(oneFact(money("a.md", "100000", "EUR"), money("b.md", "100000", "EUR"),
                money("c.md", "101000", "EUR"), money("d.md", "150000", "EUR"))).singleElement().satisfies(f -> {
            assertThat(f.claims()).hasSize(4);
            assertThat(f.explanation()).contains("(2 other claims agree)");
        });
    }
}
