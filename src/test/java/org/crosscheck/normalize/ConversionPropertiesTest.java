package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;

/** Conversion with the committed table, for any ECB currency, date (in or outside the table, at any precision) and interval. */
class ConversionPropertiesTest {

    /**
     * A round trip is exact but for two DECIMAL64 roundings (to EUR, then back), each at most half a
     * unit in the 16th significant digit, so within 2·10⁻¹⁵ of the value, relative.
     */
    private static final BigDecimal ROUND_TRIP_TOLERANCE = new BigDecimal("2E-15");

    private final RateTable table = CurrencyConverterTest.COMMITTED;

    /** An amount in a currency and the interval its wording allows around it. */
    record Amount(Quantity quantity, BigDecimal widenLow, BigDecimal widenHigh) {

        Quantity widened() {
            return new Quantity(quantity.stated(), quantity.low().subtract(widenLow), quantity.high().add(widenHigh),
                    quantity.qualifier(), quantity.unit(), quantity.dimension());
        }
    }

    @Property(tries = 2000)
    void aValueConvertedToEurosAndBackIsTheValue(@ForAll("amounts") Amount amount, @ForAll("dates") PartialDate date) {
        Quantity q = amount.quantity();
        Conversion euros = CurrencyConverter.toEuro(table).convert(q, date);
        Quantity inEuros = new Quantity(euros.stated(), euros.stated(), euros.stated(), Qualifier.EXACT, "EUR", "currency");
        Conversion back = new CurrencyConverter(table, q.unit()).convert(inEuros, date);
        BigDecimal error = back.stated().subtract(q.stated()).abs();
        assertThat(error).isLessThanOrEqualTo(q.stated().abs().multiply(ROUND_TRIP_TOLERANCE));
        assertThat(back.period()).isEqualTo(euros.period());
    }

    @Property(tries = 2000)
    void theConvertedIntervalHoldsTheConvertedFigure(@ForAll("amounts") Amount amount, @ForAll("dates") PartialDate date,
            @ForAll("references") String reference) {
        Conversion c = new CurrencyConverter(table, reference).convert(amount.quantity(), date);
        assertThat(c.low()).isLessThanOrEqualTo(c.stated());
        assertThat(c.stated()).isLessThanOrEqualTo(c.high());
        assertThat(c.explanation()).isNotBlank();
    }

    @Property(tries = 2000)
    void wideningTheFiguresIntervalNeverNarrowsTheConvertedOne(@ForAll("amounts") Amount amount,
            @ForAll("dates") PartialDate date, @ForAll("references") String reference) {
        CurrencyConverter converter = new CurrencyConverter(table, reference);
        Conversion narrow = converter.convert(amount.quantity(), date);
        Conversion wide = converter.convert(amount.widened(), date);
        assertThat(wide.low()).isLessThanOrEqualTo(narrow.low());
        assertThat(wide.high()).isGreaterThanOrEqualTo(narrow.high());
        assertThat(wide.stated()).isEqualTo(narrow.stated());
    }

    @Provide
    Arbitrary<Amount> amounts() {
        Arbitrary<BigDecimal> magnitudes = Arbitraries.bigDecimals().between(new BigDecimal("-1E9"), new BigDecimal("1E13")).ofScale(2);
        Arbitrary<BigDecimal> widths = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E9")).ofScale(2);
        return Combinators.combine(Arbitraries.of(List.copyOf(table.currencies())), magnitudes, widths, widths, widths, widths)
                .as((currency, stated, below, above, widenLow, widenHigh) -> new Amount(
                        new Quantity(stated, stated.subtract(below), stated.add(above), Qualifier.EXACT, currency, "currency"),
                        widenLow, widenHigh));
    }

    @Provide
    Arbitrary<String> references() {
        List<String> currencies = new ArrayList<>(table.currencies());
        currencies.add(CurrencyConverter.EURO);
        return Arbitraries.of(currencies);
    }

    @Provide
    Arbitrary<PartialDate> dates() {
        return Arbitraries.integers().between(1990, 2035).flatMap(year -> Arbitraries.oneOf(
                Arbitraries.just(PartialDate.ofYear(year)),
                Arbitraries.integers().between(1, 12).map(month -> PartialDate.ofMonth(year, month)),
                Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                        .as((month, day) -> PartialDate.ofDay(year, month, day))));
    }
}
