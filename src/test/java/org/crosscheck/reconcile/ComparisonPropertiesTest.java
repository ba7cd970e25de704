package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.normalize.Conversion;
import org.crosscheck.normalize.CurrencyConverter;
import org.crosscheck.normalize.RateTable;

/** Comparing two figures: symmetric, true to a value converted there and back, monotone in the intervals' widths. */
class ComparisonPropertiesTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");
    private static final RateTable TABLE = committedTable();

    @Property(tries = 3000)
    void comparisonIsSymmetric(@ForAll("figures") Normalized a, @ForAll("figures") Normalized b) {
        assertThat(Comparison.of(a, b, TOLERANCE)).isEqualTo(Comparison.of(b, a, TOLERANCE));
    }

    @Property(tries = 3000)
    void aFigureAgreesWithItself(@ForAll("figures") Normalized a) {
        assertThat(Comparison.of(a, a, TOLERANCE).verdict()).isEqualTo(Verdict.AGREE);
    }

    @Property(tries = 1000)
    void anAmountAgreesWithItselfConvertedThereAndBack(@ForAll("amounts") Quantity amount, @ForAll("months") PartialDate month) {
        Conversion euros = CurrencyConverter.toEuro(TABLE).convert(amount, month);
        Quantity inEuros = new Quantity(euros.stated(), euros.low(), euros.high(), Qualifier.RANGE, "EUR", Quantity.MONEY);
        Conversion back = new CurrencyConverter(TABLE, amount.unit()).convert(inEuros, month);
        Normalized original = new Normalized(amount.stated(), amount.low(), amount.high(), amount.unit(), "");
        Normalized returned = new Normalized(back.stated(), back.low(), back.high(), back.currency(), back.explanation());
        assertThat(Comparison.of(original, returned, TOLERANCE).verdict()).isEqualTo(Verdict.AGREE);
    }

    @Property(tries = 3000)
    void wideningAnIntervalNeverTurnsAgreementIntoDisagreement(@ForAll("figures") Normalized a, @ForAll("figures") Normalized b,
            @ForAll("widths") BigDecimal below, @ForAll("widths") BigDecimal above) {
        Normalized wider = new Normalized(a.stated(), a.low().subtract(below), a.high().add(above), a.unit(), "");
        Verdict before = Comparison.of(a, b, TOLERANCE).verdict();
        Verdict after = Comparison.of(wider, b, TOLERANCE).verdict();
        assertThat(after.compareTo(before)).as("%s then %s", before, after).isLessThanOrEqualTo(0);
    }

    @Property(tries = 1000)
    void theGapIsBetweenZeroAndOne(@ForAll("figures") Normalized a, @ForAll("figures") Normalized b) {
        BigDecimal gap = Comparison.of(a, b, TOLERANCE).gap();
        assertThat(gap).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Provide
    Arbitrary<Normalized> figures() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(new BigDecimal("0"), new BigDecimal("1E6")).ofScale(2);
        return Combinators.combine(values, widths(), widths())
                .as((stated, below, above) -> new Normalized(stated, stated.subtract(below), stated.add(above), "EUR", ""));
    }

    @Provide
    Arbitrary<BigDecimal> widths() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5E4")).ofScale(2);
    }

    @Provide
    Arbitrary<Quantity> amounts() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("1E12")).ofScale(2);
        return Combinators.combine(Arbitraries.of(List.copyOf(TABLE.currencies())), values, widths())
                .as((currency, stated, width) -> new Quantity(stated, stated.subtract(width.min(stated)), stated.add(width),
                        Qualifier.EXACT, currency, Quantity.MONEY));
    }

    @Provide
    Arbitrary<PartialDate> months() {
        return Combinators.combine(Arbitraries.integers().between(1999, 2026), Arbitraries.integers().between(1, 12))
                .as(PartialDate::ofMonth);
    }

    private static RateTable committedTable() {
        try {
            return RateTable.load(Path.of("rules", "fx", "ecb-monthly.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
