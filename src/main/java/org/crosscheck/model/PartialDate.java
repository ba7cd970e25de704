package org.crosscheck.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day; a month stays a month and is never
 * silently turned into its first day. Unknown parts are zero.
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        switch (precision) {
            case YEAR -> {
                if (month != 0 || day != 0) {
                    throw new IllegalArgumentException("a year-precision date has no month or day");
                }
            }
            case MONTH -> {
                YearMonth.of(year, month);
                if (day != 0) {
                    throw new IllegalArgumentException("a month-precision date has no day");
                }
            }
            case DAY -> LocalDate.of(year, month, day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, DatePrecision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, DatePrecision.DAY);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return ofMonth(year, month);
            }
            return ofDay(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date: '" + text + "' (" + e.getMessage() + ")", e);
        }
    }

    /** The first day this date may mean. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date may mean. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    /** The ISO form at this date's own precision: "2021", "2021-02" or "2021-02-14". */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> padded(year, 4);
            case MONTH -> padded(year, 4) + '-' + padded(month, 2);
            case DAY -> padded(year, 4) + '-' + padded(month, 2) + '-' + padded(day, 2);
        };
    }

    /** {@code value} with leading zeros to {@code width} digits (String.format costs a parse per call). */
    private static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
