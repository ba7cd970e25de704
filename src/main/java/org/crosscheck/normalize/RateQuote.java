package org.crosscheck.normalize;

import static java.util.Objects.requireNonNull;

import org.crosscheck.model.PartialDate;

/**
 * The ECB rates of one currency (units per 1 EUR) found for a date.
 *
 * @param requested the date asked for
 * @param period the day, month or year the rates come from
 * @param days business days behind the rates
 * @param nearest true when the requested date lies outside the currency's rates and the nearest period was used
 */
public record RateQuote(String currency, PartialDate requested, PartialDate period, RateRange rates, int days, boolean nearest) {

    public RateQuote {
        requireNonNull(currency, "currency");
        requireNonNull(requested, "requested");
        requireNonNull(period, "period");
        requireNonNull(rates, "rates");
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
    }
}
