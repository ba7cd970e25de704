package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;

/**
 * The English sentence that explains a conversion. Figures are rounded here only: converted amounts
 * to four significant digits (the interval outwards), rates to five.
 */
final class ConversionText {

    private static final MathContext AMOUNT_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);
    private static final MathContext RATE_DIGITS = new MathContext(5, RoundingMode.HALF_EVEN);

    private ConversionText() {
    }

    /** "250,000 EUR is already in EUR (rate 1)". */
    static String unchanged(Quantity amount) {
        return amount(amount.stated()) + " " + amount.unit() + " is already in " + amount.unit() + " (rate 1)";
    }

    /**
     * "290,000 USD ≈ 239,700 EUR at the mean ECB rate for 2021-02 (1.2098 USD per EUR);
     * 233,100–246,200 EUR over the month's rates and the figure's rounding".
     */
    static String converted(Quantity amount, String reference, BigDecimal stated, BigDecimal low, BigDecimal high,
            RateRange rate, List<RateQuote> quotes) {
        RateQuote first = quotes.get(0);
        boolean onePeriod = quotes.stream().allMatch(q -> q.period().equals(first.period()));
        int scale = displayScale(stated);
        StringBuilder text = new StringBuilder()
                .append(amount(amount.stated())).append(' ').append(amount.unit())
                .append(" ≈ ").append(amount(stated.setScale(scale, RoundingMode.HALF_EVEN))).append(' ').append(reference)
                .append(first.period().precision() == DatePrecision.DAY ? " at the ECB rate" : " at the mean ECB rate")
                .append(quotes.size() > 1 ? "s" : "");
        if (onePeriod) {
            text.append(first.period().precision() == DatePrecision.DAY ? " of " : " for ").append(period(first));
        } else {
            text.append(" for ").append(quotes.stream()
                    .map(q -> q.currency() + " in " + period(q)).collect(Collectors.joining(" and ")));
        }
        text.append(" (").append(quotes.stream().map(q -> rate(q.rates().mean()) + " " + q.currency())
                .collect(Collectors.joining(" and "))).append(" per EUR");
        if (quotes.size() > 1) {
            text.append(", so ").append(rate(rate.mean())).append(' ').append(amount.unit()).append(" per ").append(reference);
        }
        text.append(')');
        if (low.compareTo(high) < 0) {
            text.append("; ").append(amount(low.setScale(scale, RoundingMode.FLOOR))).append('–')
                    .append(amount(high.setScale(scale, RoundingMode.CEILING))).append(' ').append(reference)
                    .append(" over ").append(widths(amount, rate, first.period()));
        }
        for (RateQuote q : quotes) {
            if (q.nearest()) {
                text.append("; ").append(q.requested()).append(" lies outside the ECB rates for ").append(q.currency())
                        .append(", so the nearest period, ").append(q.period()).append(", was used");
            }
        }
        return text.toString();
    }

    /** The period, and the date asked for when it differs without lying outside the rates (a weekend's business day, a day's month). */
    private static String period(RateQuote q) {
        if (q.nearest() || q.requested().equals(q.period())) {
            return q.period().toString();
        }
        return q.period() + (q.period().precision() == DatePrecision.DAY
                ? ", the last business day before " + q.requested()
                : ", the " + noun(q.period().precision()) + " of " + q.requested());
    }

    /** What widens the converted interval: the period's rates, the figure's own interval, or both. */
    private static String widths(Quantity amount, RateRange rate, PartialDate period) {
        String rates = "the " + noun(period.precision()) + "'s rates";
        String figure = amount.qualifier() == Qualifier.EXACT ? "the figure's rounding" : "the figure's range";
        boolean figureWidens = amount.low().compareTo(amount.high()) < 0;
        if (rate.isSingle()) {
            return figure;
        }
        return figureWidens ? rates + " and " + figure : rates;
    }

    private static String noun(DatePrecision precision) {
        return switch (precision) {
            case YEAR -> "year";
            case MONTH -> "month";
            case DAY -> "day";
        };
    }

    /** Four significant digits, no fractional zeros: the scale converted figures are shown at. */
    private static int displayScale(BigDecimal value) {
        BigDecimal rounded = value.round(AMOUNT_DIGITS);
        return rounded.scale() > 0 ? Math.max(0, rounded.stripTrailingZeros().scale()) : rounded.scale();
    }

    /** A rate to five significant digits, or to the unit when it has more integer digits. */
    private static String rate(BigDecimal rate) {
        BigDecimal rounded = rate.precision() - rate.scale() >= RATE_DIGITS.getPrecision()
                ? rate.setScale(0, RoundingMode.HALF_EVEN)
                : rate.round(RATE_DIGITS);
        return rounded.toPlainString();
    }

    private static String amount(BigDecimal value) {
        return Figures.grouped(value);
    }
}
