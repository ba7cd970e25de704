package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A claim's figure on a common footing: money in the reference currency at the claim's time, other
 * units as they are.
 *
 * @param stated the stated figure, converted at the period's mean rate
 * @param low lowest value, after the figure's interval and the period's rate range
 * @param high highest value
 * @param unit the reference currency for money, else the claim's unit
 * @param explanation the arithmetic in words, empty when nothing was converted
 */
public record Normalized(BigDecimal stated, BigDecimal low, BigDecimal high, String unit, String explanation) {

    public Normalized {
        requireNonNull(stated, "stated");
        requireNonNull(low, "low");
        requireNonNull(high, "high");
        requireNonNull(unit, "unit");
        requireNonNull(explanation, "explanation");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("normalized low " + low + " above high " + high);
        }
    }
}
