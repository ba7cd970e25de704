package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;
import org.junit.jupiter.api.Test;

class NormalizationTest {

    private final Normalization normalization = new Normalization(CurrencyConverter.toEuro(CurrencyConverterTest.COMMITTED));
    private final Optional<TimeRef> february2021 = Optional.of(new TimeRef(PartialDate.parse("2021-02"), TimeBasis.PUBLICATION));

    @Test
    void convertsMoneyWithARate() {
        Optional<Conversion> c = normalization.normalize(CurrencyConverterTest.money("290000", "285000", "295000", "USD"), february2021);
        assertThat(c).hasValueSatisfying(v -> assertThat(v.stated()).isEqualByComparingTo("239711.0242273452"));
    }

    @Test
    void aWithdrawnCurrencyTheEcbDoesNotQuoteIsLeftUnconvertedWithAReason() {
        Normalization.Outcome francs = normalization.attempt(CurrencyConverterTest.money("1000000", "1000000", "1000000", "FRF"), february2021);
        assertThat(francs.conversion()).isEmpty();
        assertThat(francs.reason()).contains("no ECB euro reference rate for 'FRF'"
                + " (a currency the ECB does not quote, such as one withdrawn before 1999): left in FRF");
        assertThat(normalization.normalize(CurrencyConverterTest.money("1", "1", "1", "FRF"), february2021)).isEmpty();
    }

    @Test
    void whatIsNotMoneyIsLeftAlone() {
        Quantity images = new Quantity(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, Qualifier.EXACT, "images", "count");
        assertThat(normalization.attempt(images, february2021).reason()).contains("not an amount of money (dimension 'count')");
    }

    @Test
    void withoutADateOnlyTheReferenceCurrencyConverts() {
        assertThat(normalization.attempt(CurrencyConverterTest.money("1", "1", "1", "USD"), Optional.empty()).reason())
                .contains("no date for this amount in USD, so no period to take a rate from: left in USD");
        assertThat(normalization.normalize(CurrencyConverterTest.money("250000", "245000", "255000", "EUR"), Optional.empty()))
                .hasValueSatisfying(c -> assertThat(c.rate()).isEqualTo(RateRange.ONE));
    }
}
