package org.crosscheck.normalize;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Quantity;

/**
 * An amount of money converted to a reference currency, exact to {@code MathContext.DECIMAL64}.
 *
 * @param source the amount as stated
 * @param currency the reference currency (ISO 4217)
 * @param stated the stated figure converted at the mean rate
 * @param low the lowest value the figure's interval and the period's rates allow
 * @param high the highest value the figure's interval and the period's rates allow
 * @param rate units of the source currency per 1 unit of the reference currency: mean, and the
 *     lowest and highest the period's rates allow
 * @param requested the date the amount refers to, if known
 * @param quotes the ECB rates used: none when the amount is already in the reference currency, two for a cross rate
 * @param explanation one sentence in English that shows the arithmetic, figures rounded for reading
 */
public record Conversion(Quantity source, String currency, BigDecimal stated, BigDecimal low, BigDecimal high,
        RateRange rate, Optional<PartialDate> requested, List<RateQuote> quotes, String explanation) {

    public Conversion {
        requireNonNull(source, "source");
        requireNonNull(currency, "currency");
        requireNonNull(stated, "stated");
        requireNonNull(low, "low");
        requireNonNull(high, "high");
        requireNonNull(rate, "rate");
        requireNonNull(requested, "requested");
        quotes = List.copyOf(quotes);
        requireNonNull(explanation, "explanation");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("interval low " + low + " above high " + high);
        }
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("a conversion explains itself");
        }
    }

    /** The period of the rates used (of the source currency's for a cross rate); the requested date when no rate was needed. */
    public Optional<PartialDate> period() {
        return quotes.isEmpty() ? requested : Optional.of(quotes.get(0).period());
    }

    /** Whether the date lay outside the ECB rates and the nearest period's were used. */
    public boolean nearestPeriod() {
        return quotes.stream().anyMatch(RateQuote::nearest);
    }
}
