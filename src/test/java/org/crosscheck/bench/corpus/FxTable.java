package org.crosscheck.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ECB rates of {@code rules/fx/ecb-monthly.csv} as the engine reads them: units of a currency per
 * euro, a month's mean, and a year's mean of the monthly means weighted by business days.
 */
final class FxTable {

    private static final int FIRST_YEAR = 1999;
    private static final int YEARS = 40;

    /** Per currency, the mean rate of each month since January 1999 and its business days (0: no rate). */
    private record Series(double[] means, int[] days) {
    }

    private final Map<String, Series> series;

    private FxTable(Map<String, Series> series) {
        this.series = series;
    }

    static FxTable load(Path csv) {
        Map<String, Series> series = new HashMap<>();
        try {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("currency,")) {
                    continue;
                }
                String[] cells = line.split(",");
                Series rates = series.computeIfAbsent(cells[0], c -> new Series(new double[YEARS * 12], new int[YEARS * 12]));
                int month = (Integer.parseInt(cells[1].substring(0, 4)) - FIRST_YEAR) * 12 + Integer.parseInt(cells[1].substring(5, 7)) - 1;
                rates.means()[month] = new BigDecimal(cells[3]).doubleValue();
                rates.days()[month] = Integer.parseInt(cells[5]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return new FxTable(series);
    }

    /** Units of {@code currency} per euro (1 for the euro) over a month, or over a year when {@code month} is 0. */
    double perEuro(String currency, int year, int month) {
        if (currency.equals("EUR")) {
            return 1;
        }
        Series rates = series.get(currency);
        int first = (year - FIRST_YEAR) * 12;
        if (rates == null || first < 0 || first + 12 > rates.means().length) {
            throw new IllegalArgumentException("no ECB rate for " + currency + " in " + year);
        }
        if (month != 0) {
            if (rates.days()[first + month - 1] == 0) {
                throw new IllegalArgumentException("no ECB rate for " + currency + " in " + year + "-" + month);
            }
            return rates.means()[first + month - 1];
        }
        double weighted = 0;
        int days = 0;
        for (int m = first; m < first + 12; m++) {
            weighted += rates.means()[m] * rates.days()[m];
            days += rates.days()[m];
        }
        if (days == 0) {
            throw new IllegalArgumentException("no ECB rate for " + currency + " in " + year);
        }
        return weighted / days;
    }
}
