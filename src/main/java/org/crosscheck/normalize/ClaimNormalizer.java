package org.crosscheck.normalize;

import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeRef;

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
        return normalize(claim, claim.quantity()).map(claim::withNormalized).orElse(claim);
    }

    /** A figure of {@code claim} other than its own, such as a stated equivalent, on the claim's footing. */
    public Optional<Normalized> normalize(Claim claim, Quantity figure) {
        if (figure.dimension().equals(Quantity.BARE_NUMBER)) {
            return Optional.empty();
        }
        if (!figure.isMoney()) {
            return Optional.of(new Normalized(figure.stated(), figure.low(), figure.high(), figure.unit(), ""));
        }
        return normalized(figure, claim.time());
    }

    private Optional<Normalized> normalized(Quantity quantity, Optional<TimeRef> time) {
        return normalization.normalize(quantity, time)
                .map(c -> new Normalized(c.stated(), c.low(), c.high(), c.currency(), c.explanation()));
    }
}
