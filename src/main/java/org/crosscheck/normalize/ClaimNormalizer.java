package org.crosscheck.normalize;

import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.Quantity;

/**
 * Puts claims on a common footing: money converted to one reference currency at the claim's time
 * (with the period's rate range), counts and percentages as they are; bare numbers and money the
 * rate table cannot convert stay without a normalized value.
 */
public final class ClaimNormalizer {

    private final Normalization normalization;

    /** @param currency the ISO code to convert to: the euro or a currency the table quotes */
    public ClaimNormalizer(RateTable rates, String currency) {
        this.normalization = new Normalization(new CurrencyConverter(rates, currency));
    }

    public Claim normalize(Claim claim) {
        Quantity quantity = claim.quantity();
        if (quantity.dimension().equals(Quantity.BARE_NUMBER)) {
            return claim;
        }
        if (!quantity.isMoney()) {
            return claim.withNormalized(new Normalized(quantity.stated(), quantity.low(), quantity.high(), quantity.unit(), ""));
        }
        Optional<Conversion> conversion = normalization.normalize(quantity, claim.time());
        return conversion.map(c -> claim.withNormalized(new Normalized(c.stated(), c.low(), c.high(), c.currency(), c.explanation())))
                .orElse(claim);
    }
}
