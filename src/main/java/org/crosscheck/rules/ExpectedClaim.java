package org.crosscheck.rules;

import java.math.BigDecimal;

/**
 * What a rule example expects of the claim it yields; a null part is not checked.
 *
 * @param text the claim's exact text (its span)
 * @param time the claim's time, YYYY[-MM[-DD]]
 */
public record ExpectedClaim(
        String text,
        BigDecimal value,
        BigDecimal low,
        BigDecimal high,
        String unit,
        String qualifier,
        String measure,
        String subject,
        String time,
        String status,
        String attribution) {
}
