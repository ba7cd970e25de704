package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;
import org.junit.jupiter.api.Test;

/**
 * Conversions with the committed table. Expected figures were worked out apart from the code, from
 * the table's rows: USD 2021-02 1.1983 / 1.209790 / 1.2225, GBP 2021-02 0.8603 / 0.872682 / 0.882,
 * GBP 2021-11 0.83923 / 0.847864 / 0.85548, each division to 16 significant digits, half-even.
 */
class CurrencyConverterTest {

    static final RateTable COMMITTED = committed();

    private final CurrencyConverter toEuro = CurrencyConverter.toEuro(COMMITTED);

    static RateTable committed() {
        try {
            return RateTable.load(Path.of("rules").resolve(FxImport.TABLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Quantity money(String stated, String low, String high, String currency) {
        return new Quantity(new BigDecimal(stated), new BigDecimal(low), new BigDecimal(high), Qualifier.EXACT, currency, "currency");
    }

    @Test
    void dollarsInAMonthUseTheMeanRateAndTheMonthsExtremes() {
        Conversion c = toEuro.convert(money("290000", "285000", "295000", "USD"), PartialDate.parse("2021-02"));
        assertThat(c.stated()).isEqualByComparingTo("239711.0242273452");   // 290000 / 1.209790
        assertThat(c.low()).isEqualByComparingTo("233128.8343558282");      // 285000 / 1.2225
        assertThat(c.high()).isEqualByComparingTo("246182.0912960027");     // 295000 / 1.1983
        assertThat(c.rate()).isEqualTo(new RateRange(new BigDecimal("1.1983"), new BigDecimal("1.209790"), new BigDecimal("1.2225")));
        assertThat(c.period()).contains(PartialDate.parse("2021-02"));
        assertThat(c.nearestPeriod()).isFalse();
        assertThat(c.currency()).isEqualTo("EUR");
        assertThat(c.explanation()).isEqualTo("290,000 USD ≈ 239,700 EUR at the mean ECB rate for 2021-02 (1.2098 USD per EUR);"
                + " 233,100–246,200 EUR over the month's rates and the figure's rounding");
    }

    @Test
    void poundsInAMonth() {
        Conversion c = toEuro.convert(money("17000000", "16500000", "17500000", "GBP"),
                new TimeRef(PartialDate.parse("2021-11"), TimeBasis.STATED));
        assertThat(c.stated()).isEqualByComparingTo("20050385.43917421");   // 17000000 / 0.847864
        assertThat(c.low()).isEqualByComparingTo("19287417.59012484");      // 16500000 / 0.85548
        assertThat(c.high()).isEqualByComparingTo("20852448.07740429");     // 17500000 / 0.83923
        assertThat(c.explanation()).isEqualTo("17,000,000 GBP ≈ 20,050,000 EUR at the mean ECB rate for 2021-11 (0.84786 GBP per EUR);"
                + " 19,280,000–20,860,000 EUR over the month's rates and the figure's rounding");
    }

    @Test
    void eurosNeedNoConversion() {
        Quantity euros = money("250000", "245000", "255000", "EUR");
        Conversion c = toEuro.convert(euros, PartialDate.parse("2021-02"));
        assertThat(c.stated()).isEqualTo(new BigDecimal("250000"));
        assertThat(c.low()).isEqualTo(new BigDecimal("245000"));
        assertThat(c.high()).isEqualTo(new BigDecimal("255000"));
        assertThat(c.rate()).isEqualTo(RateRange.ONE);
        assertThat(c.quotes()).isEmpty();
        assertThat(c.period()).contains(PartialDate.parse("2021-02"));
        assertThat(c.explanation()).isEqualTo("250,000 EUR is already in EUR (rate 1)");
        assertThat(toEuro.convert(euros, Optional.empty()).stated()).isEqualTo(new BigDecimal("250000"));
    }

    @Test
    void aYearUsesTheYearsRates() {
        Conversion c = toEuro.convert(money("290000", "285000", "295000", "USD"), PartialDate.parse("2021"));
        // 2021: lowest 1.1206 (November), highest 1.2338 (January), mean of the monthly means weighted by
        // their 258 business days 1.182740383720930
        assertThat(c.rate()).isEqualTo(new RateRange(new BigDecimal("1.1206"), new BigDecimal("1.182740383720930"), new BigDecimal("1.2338")));
        assertThat(c.quotes().get(0).days()).isEqualTo(258);
        assertThat(c.stated()).isEqualByComparingTo("245193.2850112490");
        assertThat(c.low()).isEqualByComparingTo("230993.6780677581");      // 285000 / 1.2338
        assertThat(c.high()).isEqualByComparingTo("263251.8293771194");     // 295000 / 1.1206
        assertThat(c.explanation()).isEqualTo("290,000 USD ≈ 245,200 EUR at the mean ECB rate for 2021 (1.1827 USD per EUR);"
                + " 230,900–263,300 EUR over the year's rates and the figure's rounding");
    }

    @Test
    void aDayWithoutDailyRatesUsesItsMonthAndSaysWhich() {
        Conversion c = toEuro.convert(money("290000", "290000", "290000", "USD"), PartialDate.parse("2021-02-10"));
        assertThat(c.stated()).isEqualByComparingTo("239711.0242273452");
        assertThat(c.period()).contains(PartialDate.parse("2021-02"));
        assertThat(c.explanation()).isEqualTo("290,000 USD ≈ 239,700 EUR at the mean ECB rate for 2021-02, the month of 2021-02-10"
                + " (1.2098 USD per EUR); 237,200–242,100 EUR over the month's rates");
    }

    @Test
    void aDateOutsideTheTableUsesTheNearestPeriodAndSaysSo() {
        Conversion after = toEuro.convert(money("290000", "290000", "290000", "USD"), PartialDate.parse("2031-05"));
        assertThat(after.nearestPeriod()).isTrue();
        assertThat(after.period()).contains(PartialDate.parse("2026-04"));
        assertThat(after.requested()).contains(PartialDate.parse("2031-05"));
        assertThat(after.explanation()).endsWith("; 2031-05 lies outside the ECB rates for USD, so the nearest period, 2026-04, was used");
        Conversion before = toEuro.convert(money("1000", "1000", "1000", "USD"), PartialDate.parse("1998"));
        assertThat(before.period()).contains(PartialDate.parse("1999"));
        assertThat(before.nearestPeriod()).isTrue();
        Conversion withdrawn = toEuro.convert(money("1000", "1000", "1000", "CYP"), PartialDate.parse("2010-06"));
        assertThat(withdrawn.period()).contains(PartialDate.parse("2007-12"));
        assertThat(withdrawn.nearestPeriod()).isTrue();
    }

    @Test
    void crossRatesGoThroughTheEuro() {
        CurrencyConverter toPounds = new CurrencyConverter(COMMITTED, "GBP");
        Conversion c = toPounds.convert(money("290000", "285000", "295000", "USD"), PartialDate.parse("2021-02"));
        assertThat(c.currency()).isEqualTo("GBP");
        assertThat(c.stated()).isEqualByComparingTo("209191.4960447681");   // 290000 × 0.872682 / 1.209790
        assertThat(c.low()).isEqualByComparingTo("200560.7361963190");      // 285000 × 0.8603 / 1.2225
        assertThat(c.high()).isEqualByComparingTo("217132.6045230744");     // 295000 × 0.882 / 1.1983
        assertThat(c.rate()).isEqualTo(new RateRange(new BigDecimal("1.358616780045351"), new BigDecimal("1.386289622107480"),
                new BigDecimal("1.421015924677438")));
        assertThat(c.quotes()).extracting(RateQuote::currency).containsExactly("USD", "GBP");
        assertThat(c.explanation()).isEqualTo("290,000 USD ≈ 209,200 GBP at the mean ECB rates for 2021-02"
                + " (1.2098 USD and 0.87268 GBP per EUR, so 1.3863 USD per GBP);"
                + " 200,500–217,200 GBP over the month's rates and the figure's rounding");
        Conversion euros = toPounds.convert(money("250000", "250000", "250000", "EUR"), PartialDate.parse("2021-02"));
        assertThat(euros.stated()).isEqualByComparingTo("218170.500");       // 250000 × 0.872682
        assertThat(euros.explanation()).startsWith("250,000 EUR ≈ 218,200 GBP at the mean ECB rate for 2021-02 (0.87268 GBP per EUR)");
    }

    @Test
    void refusesWhatItCannotConvert() {
        assertThatThrownBy(() -> new CurrencyConverter(COMMITTED, "FRF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> toEuro.convert(money("1", "1", "1", "FRF"), PartialDate.parse("2021")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no ECB rate for 'FRF'");
        assertThatThrownBy(() -> toEuro.convert(money("1", "1", "1", "USD"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an amount in USD needs a date to be converted to EUR");
        Quantity images = new Quantity(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, Qualifier.EXACT, "images", "count");
        assertThatThrownBy(() -> toEuro.convert(images, PartialDate.parse("2021")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an amount of money: dimension 'count'");
    }
}
