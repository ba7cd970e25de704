package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A figure as stated and the interval its wording allows.
 *
 * @param stated the number as written ("plus de 3 milliards" states 3000000000)
 * @param low lowest value the wording allows; never above {@code stated}
 * @param high highest value the wording allows; never below {@code stated}
 * @param unit ISO 4217 code for money, a canonical unit id otherwise ("images", "percent"), or "" for a bare number
 * @param dimension "currency", "count", "percent", "date", "number", …
 */
public record Quantity(BigDecimal stated, BigDecimal low, BigDecimal high, Qualifier qualifier, String unit, String dimension) {

    /** The dimension of money; its unit is an ISO 4217 code. */
    public static final String MONEY = "currency";
    /** The dimension of a bare number no unit governs. */
    public static final String BARE_NUMBER = "number";

    public Quantity {
        requireNonNull(stated, "stated");
        requireNonNull(low, "low");
        requireNonNull(high, "high");
        requireNonNull(qualifier, "qualifier");
        requireNonNull(unit, "unit");
        requireNonNull(dimension, "dimension");
        if (low.compareTo(stated) > 0 || stated.compareTo(high) > 0) {
            throw new IllegalArgumentException("stated " + stated + " outside its interval " + low + ".." + high);
        }
    }

    public boolean isMoney() {
        return dimension.equals(MONEY);
    }
}
