package org.crosscheck.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Quantity;

/** Writes claims as an aligned text table for a terminal: one claim a row. */
public final class ClaimsTable {

    private static final int MAX_TEXT = 48;
    private static final String[] HEADER = {"SOURCE:LINE", "TEXT", "VALUE", "UNIT", "MEASURE", "SUBJECT", "TIME", "STATUS"};

    public void write(List<Claim> claims, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Claim claim : claims) {
            rows.add(new String[] {
                claim.sourceId() + ":" + claim.span().line(),
                shorten(claim.text().replaceAll("\\s+", " ")),
                interval(claim.quantity()),
                claim.quantity().unit(),
                claim.measure().orElse("-"),
                claim.subject().orElse("-"),
                claim.time().map(t -> t.value() + " (" + t.basis().id() + ")").orElse("-"),
                claim.status().id()
            });
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(claims.size() + (claims.size() == 1 ? " claim" : " claims"));
        out.flush();
    }

    /** "290,000 (285,000–295,000)"; a range or bound shows its qualifier. */
    static String interval(Quantity quantity) {
        String stated = format(quantity.stated());
        String range = format(quantity.low()) + "–" + format(quantity.high());
        String qualifier = quantity.qualifier().id().equals("exact") ? "" : quantity.qualifier().id() + " ";
        return qualifier + stated + " (" + range + ")";
    }

    private static String format(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
