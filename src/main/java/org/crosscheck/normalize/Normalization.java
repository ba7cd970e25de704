package org.crosscheck.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeRef;

/**
 * The pipeline's entry to normalisation: puts an amount of money in the reference currency, or says
 * why it cannot. A currency without ECB rates (a withdrawn one such as FRF or DEM, or an unknown
 * code) is left unconverted rather than guessed.
 */
public final class Normalization {

    private final CurrencyConverter converter;

    public Normalization(CurrencyConverter converter) {
        this.converter = requireNonNull(converter, "converter");
    }

    /**
     * The conversion of {@code quantity} at {@code time}'s rates, or why there is none.
     *
     * @param conversion present when the quantity was converted
     * @param reason present when it was not: not money, no ECB rate for its currency, or no date
     */
    public record Outcome(Optional<Conversion> conversion, Optional<String> reason) {

        public Outcome {
            requireNonNull(conversion, "conversion");
            requireNonNull(reason, "reason");
            if (conversion.isPresent() == reason.isPresent()) {
                throw new IllegalArgumentException("an outcome is either a conversion or a reason");
            }
        }

        static Outcome converted(Conversion conversion) {
            return new Outcome(Optional.of(conversion), Optional.empty());
        }

        static Outcome skipped(String reason) {
            return new Outcome(Optional.empty(), Optional.of(reason));
        }
    }

    /** {@code quantity} in the reference currency; empty when it is not money, its currency has no ECB rate, or it has no date. */
    public Optional<Conversion> normalize(Quantity quantity, Optional<TimeRef> time) {
        return attempt(quantity, time).conversion();
    }

    /** Like {@link #normalize}, with the reason when there is no conversion. */
    public Outcome attempt(Quantity quantity, Optional<TimeRef> time) {
        if (!quantity.isMoney()) {
            return Outcome.skipped("not an amount of money (dimension '" + quantity.dimension() + "')");
        }
        String currency = quantity.unit();
        if (!converter.converts(currency)) {
            return Outcome.skipped("no ECB euro reference rate for '" + currency
                    + "' (a currency the ECB does not quote, such as one withdrawn before 1999): left in " + currency);
        }
        if (time.isEmpty() && !currency.equals(converter.reference())) {
            return Outcome.skipped("no date for this amount in " + currency + ", so no period to take a rate from: left in "
                    + currency);
        }
        return Outcome.converted(converter.convert(quantity, time.map(TimeRef::value)));
    }
}
