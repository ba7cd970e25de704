package org.crosscheck.normalize;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.crosscheck.model.PartialDate;

/**
 * ECB euro reference rates by currency and month, and by day when a full ECB history was loaded;
 * finds the rates for a date at its own precision, or for the nearest period when the date lies
 * outside a currency's rates.
 */
public final class RateTable {

    /** The longest run of days without a rate that is still a weekend or holiday rather than a gap in the series. */
    private static final int HOLIDAY_DAYS = 7;

    private final ImmutableSortedMap<String, ImmutableSortedMap<YearMonth, MonthlyRate>> months;
    private final ImmutableSortedMap<String, ImmutableSortedMap<LocalDate, BigDecimal>> days;

    private RateTable(ImmutableSortedMap<String, ImmutableSortedMap<YearMonth, MonthlyRate>> months,
            ImmutableSortedMap<String, ImmutableSortedMap<LocalDate, BigDecimal>> days) {
        this.months = months;
        this.days = days;
    }

    /**
     * Loads the derived monthly table ({@code rules/fx/ecb-monthly.csv}).
     *
     * @throws org.crosscheck.model.BadInputException naming the file and line of a malformed row
     */
    public static RateTable load(Path monthlyCsv) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(monthlyCsv, StandardCharsets.UTF_8)) {
            return fromMonthly(MonthlyCsv.parse(monthlyCsv.toString(), reader));
        }
    }

    /** A table of monthly rows only; a date known to the day uses its month's rates. */
    public static RateTable fromMonthly(Collection<MonthlyRate> rows) {
        Map<String, TreeMap<YearMonth, MonthlyRate>> byCurrency = new TreeMap<>();
        for (MonthlyRate row : rows) {
            MonthlyRate previous = byCurrency.computeIfAbsent(row.currency(), c -> new TreeMap<>()).put(row.month(), row);
            if (previous != null) {
                throw new IllegalArgumentException("two rows for " + row.currency() + " " + row.month());
            }
        }
        ImmutableSortedMap.Builder<String, ImmutableSortedMap<YearMonth, MonthlyRate>> months = ImmutableSortedMap.naturalOrder();
        byCurrency.forEach((currency, rates) -> months.put(currency, ImmutableSortedMap.copyOfSorted(rates)));
        return new RateTable(months.build(), ImmutableSortedMap.of());
    }

    /** A table of the ECB's daily rates and the months they make up; a date known to the day uses that day's rate. */
    public static RateTable fromDaily(EcbRates ecb) {
        List<MonthlyRate> rows = new ArrayList<>();
        ImmutableSortedMap.Builder<String, ImmutableSortedMap<LocalDate, BigDecimal>> days = ImmutableSortedMap.naturalOrder();
        for (String currency : ecb.currencies()) {
            NavigableMap<LocalDate, BigDecimal> daily = ecb.daily(currency);
            days.put(currency, ImmutableSortedMap.copyOfSorted(daily));
            Map<YearMonth, List<BigDecimal>> byMonth = new TreeMap<>();
            daily.forEach((day, rate) -> byMonth.computeIfAbsent(YearMonth.from(day), m -> new ArrayList<>()).add(rate));
            byMonth.forEach((month, rates) -> rows.add(MonthlyRate.of(currency, month, rates)));
        }
        return new RateTable(fromMonthly(rows).months, days.build());
    }

    /** The currencies with rates, in alphabetical order (EUR itself is not among them). */
    public ImmutableSortedSet<String> currencies() {
        return months.keySet();
    }

    /** Whether the ECB rates in this table include {@code currency}. */
    public boolean quotes(String currency) {
        return months.containsKey(currency);
    }

    /** Whether daily rates were loaded, so that a date known to the day uses that day's rate. */
    public boolean hasDailyRates() {
        return !days.isEmpty();
    }

    /** Every monthly row, by currency then month. */
    public ImmutableList<MonthlyRate> monthly() {
        return months.values().stream().flatMap(m -> m.values().stream()).collect(ImmutableList.toImmutableList());
    }

    /**
     * The rates of {@code currency} for {@code date}: that day's rate (the last business day on or
     * before it) when daily rates are loaded, else its month's; a month's; a year's (lowest low,
     * mean of the monthly means weighted by business days, highest high). A date outside the
     * currency's rates gets the nearest period at the same precision, marked as such.
     *
     * @return empty when the table has no rate for {@code currency}
     */
    public Optional<RateQuote> lookup(String currency, PartialDate date) {
        NavigableMap<YearMonth, MonthlyRate> monthly = months.get(currency);
        if (monthly == null) {
            return Optional.empty();
        }
        return Optional.of(switch (date.precision()) {
            case DAY -> days.containsKey(currency)
                    ? onDay(currency, date, days.get(currency))
                    : inMonth(currency, date, monthly);
            case MONTH -> inMonth(currency, date, monthly);
            case YEAR -> inYear(currency, date, monthly);
        });
    }

    private static RateQuote onDay(String currency, PartialDate requested, NavigableMap<LocalDate, BigDecimal> daily) {
        LocalDate day = requested.firstDay();
        Map.Entry<LocalDate, BigDecimal> before = daily.floorEntry(day);
        boolean withinSeries = before != null && !day.isAfter(daily.lastKey())
                && ChronoUnit.DAYS.between(before.getKey(), day) <= HOLIDAY_DAYS;
        Map.Entry<LocalDate, BigDecimal> used = withinSeries ? before : nearest(daily, day, ChronoUnit.DAYS);
        LocalDate d = used.getKey();
        return new RateQuote(currency, requested, PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                RateRange.of(used.getValue()), 1, !withinSeries);
    }

    private static RateQuote inMonth(String currency, PartialDate requested, NavigableMap<YearMonth, MonthlyRate> monthly) {
        YearMonth month = YearMonth.from(requested.firstDay());
        MonthlyRate row = monthly.get(month);
        boolean nearest = row == null;
        if (nearest) {
            row = nearest(monthly, month, ChronoUnit.MONTHS).getValue();
        }
        return new RateQuote(currency, requested, PartialDate.ofMonth(row.month().getYear(), row.month().getMonthValue()),
                row.rates(), row.days(), nearest);
    }

    private static RateQuote inYear(String currency, PartialDate requested, NavigableMap<YearMonth, MonthlyRate> monthly) {
        int year = requested.year();
        boolean nearest = monthly.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).isEmpty();
        if (nearest) {
            year = nearest(monthly, YearMonth.of(year, 6), ChronoUnit.YEARS).getKey().getYear();
        }
        Collection<MonthlyRate> rows = monthly.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).values();
        BigDecimal low = null;
        BigDecimal high = null;
        BigDecimal weighted = BigDecimal.ZERO;
        int total = 0;
        for (MonthlyRate row : rows) {
            low = low == null ? row.rates().low() : low.min(row.rates().low());
            high = high == null ? row.rates().high() : high.max(row.rates().high());
            weighted = weighted.add(row.rates().mean().multiply(BigDecimal.valueOf(row.days())));
            total += row.days();
        }
        BigDecimal mean = weighted.divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        return new RateQuote(currency, requested, PartialDate.ofYear(year), new RateRange(low, mean, high), total, nearest);
    }

    /** The entry whose key is closest to {@code key} in {@code unit}s; the earlier one on a tie. */
    private static <K extends Comparable<? super K> & Temporal, V> Map.Entry<K, V> nearest(
            NavigableMap<K, V> map, K key, ChronoUnit unit) {
        Map.Entry<K, V> before = map.floorEntry(key);
        Map.Entry<K, V> after = map.ceilingEntry(key);
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        return unit.between(before.getKey(), key) <= unit.between(key, after.getKey()) ? before : after;
    }
}
