package org.crosscheck.normalize;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;

/**
 * The ECB's daily euro reference rates as published in {@code eurofxref-hist.csv}: a header
 * {@code Date,USD,JPY,…,} and one line per business day, rates in units of currency per 1 EUR,
 * "N/A" where the ECB published none; every line may end with a comma.
 */
public final class EcbRates {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern RATE = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String NO_RATE = "N/A";

    private final ImmutableSortedMap<String, ImmutableSortedMap<LocalDate, BigDecimal>> byCurrency;
    private final int businessDays;

    private EcbRates(ImmutableSortedMap<String, ImmutableSortedMap<LocalDate, BigDecimal>> byCurrency, int businessDays) {
        this.byCurrency = byCurrency;
        this.businessDays = businessDays;
    }

    /**
     * Reads an ECB history file.
     *
     * @throws BadInputException naming the file and line of the first malformed line
     */
    public static EcbRates read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        }
    }

    /**
     * Parses ECB history text; {@code file} names it in errors.
     *
     * @throws BadInputException naming the file and line of the first malformed line
     */
    public static EcbRates parse(String file, Reader text) throws IOException {
        BufferedReader lines = text instanceof BufferedReader b ? b : new BufferedReader(text);
        String header = lines.readLine();
        if (header == null) {
            throw new BadInputException(new Diagnostic(file, 1, "empty file: expected the ECB header 'Date,USD,JPY,…'"));
        }
        List<String> columns = cells(header.startsWith("\uFEFF") ? header.substring(1) : header);
        List<String> currencies = currencies(file, columns);
        List<TreeMap<LocalDate, BigDecimal>> series = new ArrayList<>();
        currencies.forEach(c -> series.add(new TreeMap<>()));
        Set<LocalDate> seen = new HashSet<>();
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() != columns.size()) {
                throw bad(file, lineNumber, "expected " + columns.size() + " cells (Date and " + currencies.size()
                        + " currencies), found " + cells.size());
            }
            LocalDate day = day(file, lineNumber, cells.get(0));
            if (!seen.add(day)) {
                throw bad(file, lineNumber, "date " + day + " appears twice");
            }
            for (int i = 0; i < currencies.size(); i++) {
                String cell = cells.get(i + 1);
                if (cell.equals(NO_RATE)) {
                    continue;
                }
                if (!RATE.matcher(cell).matches() || new BigDecimal(cell).signum() == 0) {
                    throw bad(file, lineNumber, currencies.get(i) + ": '" + cell + "' is not a rate (a positive decimal or N/A)");
                }
                series.get(i).put(day, new BigDecimal(cell));
            }
        }
        if (seen.isEmpty()) {
            throw new BadInputException(Diagnostic.of(file, "no dated line after the header"));
        }
        ImmutableSortedMap.Builder<String, ImmutableSortedMap<LocalDate, BigDecimal>> byCurrency = ImmutableSortedMap.naturalOrder();
        for (int i = 0; i < currencies.size(); i++) {
            if (!series.get(i).isEmpty()) {
                byCurrency.put(currencies.get(i), ImmutableSortedMap.copyOfSorted(series.get(i)));
            }
        }
        return new EcbRates(byCurrency.build(), seen.size());
    }

    /** The currencies with at least one rate, in alphabetical order. */
    public ImmutableSortedSet<String> currencies() {
        return byCurrency.keySet();
    }

    /** A currency's daily rates by date; empty when the file has none for it. */
    public NavigableMap<LocalDate, BigDecimal> daily(String currency) {
        return byCurrency.getOrDefault(currency, ImmutableSortedMap.of());
    }

    /** The number of dated lines. */
    public int businessDays() {
        return businessDays;
    }

    /** The earliest date with a rate. */
    public LocalDate firstDay() {
        return byCurrency.values().stream().map(ImmutableSortedMap::firstKey).min(LocalDate::compareTo).orElseThrow();
    }

    /** The latest date with a rate. */
    public LocalDate lastDay() {
        return byCurrency.values().stream().map(ImmutableSortedMap::lastKey).max(LocalDate::compareTo).orElseThrow();
    }

    private static List<String> currencies(String file, List<String> columns) {
        if (columns.isEmpty() || !columns.get(0).equals("Date")) {
            throw bad(file, 1, "expected the ECB header 'Date,USD,JPY,…', found '" + String.join(",", columns) + "'");
        }
        List<String> currencies = columns.subList(1, columns.size());
        Set<String> distinct = new HashSet<>();
        for (String code : currencies) {
            if (!CODE.matcher(code).matches()) {
                throw bad(file, 1, "'" + code + "' is not an ISO 4217 currency code");
            }
            if (!distinct.add(code)) {
                throw bad(file, 1, "currency " + code + " appears twice");
            }
        }
        if (currencies.isEmpty()) {
            throw bad(file, 1, "no currency column");
        }
        return currencies;
    }

    /** A line's cells, stripped, without the empty cell an ending comma leaves. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        cells.replaceAll(String::strip);
        if (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static LocalDate day(String file, int line, String cell) {
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new BadInputException(new Diagnostic(file, line, "'" + cell + "' is not a date (YYYY-MM-DD)"), e);
        }
    }

    private static BadInputException bad(String file, int line, String message) {
        return new BadInputException(new Diagnostic(file, line, message));
    }
}
