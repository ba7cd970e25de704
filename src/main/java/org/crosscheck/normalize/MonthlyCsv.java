package org.crosscheck.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;

/** The derived table's text form: {@code #} comment lines, a header, then one row per currency and month. */
final class MonthlyCsv {

    static final String HEADER = "currency,month,low,mean,high,days";

    private static final Pattern RATE = Pattern.compile("\\d{1,18}(\\.\\d{1,18})?");
    private static final Pattern DAYS = Pattern.compile("\\d{1,2}");

    private MonthlyCsv() {
    }

    /** The table's text: each comment line prefixed with "# ", the header, the rows in the order given, "\n" line ends. */
    static String format(List<String> comments, List<MonthlyRate> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 48);
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        out.append(HEADER).append('\n');
        for (MonthlyRate row : rows) {
            out.append(row.currency()).append(',').append(row.month()).append(',')
                    .append(row.rates().low().toPlainString()).append(',')
                    .append(row.rates().mean().toPlainString()).append(',')
                    .append(row.rates().high().toPlainString()).append(',')
                    .append(row.days()).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads the rows of a derived table; {@code file} names it in errors.
     *
     * @throws BadInputException naming the file and line of a malformed row
     */
    static List<MonthlyRate> parse(String file, BufferedReader lines) throws IOException {
        List<MonthlyRate> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw bad(file, lineNumber, "expected the header '" + HEADER + "', found '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            MonthlyRate row = row(file, lineNumber, line);
            if (!keys.add(row.currency() + " " + row.month())) {
                throw bad(file, lineNumber, "a second row for " + row.currency() + " " + row.month());
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new BadInputException(Diagnostic.of(file, "no rates: expected '" + HEADER + "' and rows"));
        }
        return rows;
    }

    private static MonthlyRate row(String file, int line, String text) {
        String[] cells = text.strip().split(",", -1);
        if (cells.length != 6) {
            throw bad(file, line, "expected 6 cells (" + HEADER + "), found " + cells.length);
        }
        YearMonth month;
        try {
            month = YearMonth.parse(cells[1]);
        } catch (DateTimeParseException e) {
            throw new BadInputException(new Diagnostic(file, line, "'" + cells[1] + "' is not a month (YYYY-MM)"), e);
        }
        for (int i = 2; i <= 4; i++) {
            if (!RATE.matcher(cells[i]).matches()) {
                throw bad(file, line, HEADER.split(",")[i] + ": '" + cells[i] + "' is not a plain decimal number");
            }
        }
        if (!DAYS.matcher(cells[5]).matches()) {
            throw bad(file, line, "days: '" + cells[5] + "' is not a whole number of days");
        }
        try {
            RateRange rates = new RateRange(new BigDecimal(cells[2]), new BigDecimal(cells[3]), new BigDecimal(cells[4]));
            return new MonthlyRate(cells[0], month, rates, Integer.parseInt(cells[5]));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(new Diagnostic(file, line, "bad row '" + text + "': " + e.getMessage()), e);
        }
    }

    private static BadInputException bad(String file, int line, String message) {
        return new BadInputException(new Diagnostic(file, line, message));
    }
}
