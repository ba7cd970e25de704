package org.crosscheck.normalize;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The lowest, mean and highest value of an exchange rate over a period.
 *
 * @param low lowest rate
 * @param mean mean rate, the one a central value is converted at
 * @param high highest rate
 */
public record RateRange(BigDecimal low, BigDecimal mean, BigDecimal high) {

    /** The rate between a currency and itself. */
    public static final RateRange ONE = of(BigDecimal.ONE);

    public RateRange {
        requireNonNull(low, "low");
        requireNonNull(mean, "mean");
        requireNonNull(high, "high");
        if (low.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive: " + low);
        }
        if (low.compareTo(mean) > 0 || mean.compareTo(high) > 0) {
            throw new IllegalArgumentException("rates out of order: low " + low + ", mean " + mean + ", high " + high);
        }
    }

    /** A single rate, as on one day. */
    public static RateRange of(BigDecimal rate) {
        return new RateRange(rate, rate, rate);
    }

    /** Whether the rate did not move over the period. */
    public boolean isSingle() {
        return low.compareTo(high) == 0;
    }
}
