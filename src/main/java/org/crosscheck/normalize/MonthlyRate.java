package org.crosscheck.normalize;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * One row of the derived table: a currency's ECB rates over one month's business days, in units of
 * the currency per 1 EUR.
 *
 * @param currency ISO 4217 code
 * @param rates lowest and highest daily rate of the month, and their arithmetic mean to {@value #MEAN_SCALE}
 *     decimals (more if a daily rate has more), half-even
 * @param days number of business days with a rate
 */
public record MonthlyRate(String currency, YearMonth month, RateRange rates, int days) {

    /** Decimals kept in a monthly mean; the ECB publishes at most six. */
    public static final int MEAN_SCALE = 6;

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public MonthlyRate {
        requireNonNull(currency, "currency");
        requireNonNull(month, "month");
        requireNonNull(rates, "rates");
        if (!CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 code: '" + currency + "'");
        }
        if (days < 1 || days > month.lengthOfMonth()) {
            throw new IllegalArgumentException("days must be 1 to " + month.lengthOfMonth() + ": " + days);
        }
    }

    /** The month's row from its daily rates. */
    public static MonthlyRate of(String currency, YearMonth month, Collection<BigDecimal> daily) {
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("no daily rate for " + currency + " in " + month);
        }
        BigDecimal sum = BigDecimal.ZERO;
        int scale = MEAN_SCALE;
        for (BigDecimal rate : daily) {
            sum = sum.add(rate);
            scale = Math.max(scale, rate.scale());
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(daily.size()), scale, RoundingMode.HALF_EVEN);
        RateRange rates = new RateRange(plain(Collections.min(daily)), mean, plain(Collections.max(daily)));
        return new MonthlyRate(currency, month, rates, daily.size());
    }

    /** {@code rate} without trailing fractional zeros, as it reads back from the table's text. */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
