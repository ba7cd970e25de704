package org.crosscheck.normalize;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeRef;

/**
 * Converts amounts of money to a reference currency with the ECB euro reference rates of the
 * amount's date: EUR directly, any other quoted currency through its rate against the euro.
 */
public final class CurrencyConverter {

    /** The euro, the currency every ECB rate is quoted against. */
    public static final String EURO = "EUR";

    private static final MathContext MC = MathContext.DECIMAL64;

    private final RateTable table;
    private final String reference;

    /** A converter to {@code reference}, the euro or a currency {@code table} quotes. */
    public CurrencyConverter(RateTable table, String reference) {
        this.table = requireNonNull(table, "table");
        this.reference = requireNonNull(reference, "reference");
        if (!reference.equals(EURO) && !table.quotes(reference)) {
            throw new IllegalArgumentException("no ECB rate for the reference currency '" + reference + "'");
        }
    }

    /** A converter to the euro. */
    public static CurrencyConverter toEuro(RateTable table) {
        return new CurrencyConverter(table, EURO);
    }

    public String reference() {
        return reference;
    }

    /** Whether amounts in {@code currency} can be converted: the reference currency, the euro, or a currency with ECB rates. */
    public boolean converts(String currency) {
        return currency.equals(reference) || currency.equals(EURO) || table.quotes(currency);
    }

    /** Converts {@code amount} at the rates of {@code time}'s date. */
    public Conversion convert(Quantity amount, TimeRef time) {
        return convert(amount, Optional.of(time.value()));
    }

    /** Converts {@code amount} at the rates of {@code date}. */
    public Conversion convert(Quantity amount, PartialDate date) {
        return convert(amount, Optional.of(date));
    }

    /**
     * Converts {@code amount}: the stated figure at the period's mean rate, the interval's ends at
     * the rates that make them lowest and highest. An amount in the reference currency needs no date.
     *
     * @throws IllegalArgumentException when the amount is not money, its currency has no ECB rate,
     *     or it needs a rate and has no date
     */
    public Conversion convert(Quantity amount, Optional<PartialDate> date) {
        if (!amount.isMoney()) {
            throw new IllegalArgumentException("not an amount of money: dimension '" + amount.dimension() + "'");
        }
        String from = amount.unit();
        if (from.equals(reference)) {
            return new Conversion(amount, reference, amount.stated(), amount.low(), amount.high(), RateRange.ONE, date,
                    List.of(), ConversionText.unchanged(amount));
        }
        if (!converts(from)) {
            throw new IllegalArgumentException("no ECB rate for '" + from + "'");
        }
        PartialDate when = date.orElseThrow(
                () -> new IllegalArgumentException("an amount in " + from + " needs a date to be converted to " + reference));
        List<RateQuote> quotes = new ArrayList<>(2);
        RateRange source = perEuro(from, when, quotes);
        RateRange target = perEuro(reference, when, quotes);
        BigDecimal stated = at(amount.stated(), target.mean(), source.mean());
        BigDecimal low = at(amount.low(), target.low(), source.high()).min(at(amount.low(), target.high(), source.low()));
        BigDecimal high = at(amount.high(), target.low(), source.high()).max(at(amount.high(), target.high(), source.low()));
        RateRange rate = new RateRange(source.low().divide(target.high(), MC), source.mean().divide(target.mean(), MC),
                source.high().divide(target.low(), MC));
        return new Conversion(amount, reference, stated, low, high, rate, date, quotes,
                ConversionText.converted(amount, reference, stated, low, high, rate, quotes));
    }

    /** {@code currency}'s rates per euro at {@code date}, the quote added to {@code quotes}; exactly 1 for the euro. */
    private RateRange perEuro(String currency, PartialDate date, List<RateQuote> quotes) {
        if (currency.equals(EURO)) {
            return RateRange.ONE;
        }
        RateQuote quote = table.lookup(currency, date).orElseThrow();
        quotes.add(quote);
        return quote.rates();
    }

    /** {@code value} in the source currency times the target's rate over the source's: its value in the target. */
    private static BigDecimal at(BigDecimal value, BigDecimal targetPerEuro, BigDecimal sourcePerEuro) {
        return value.multiply(targetPerEuro).divide(sourcePerEuro, MC);
    }
}
