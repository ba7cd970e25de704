package org.crosscheck.bench.corpus;

import java.time.YearMonth;

/** The time a claim is about, as the engine will read it: a month, or a whole year (month 0). */
record Period(int year, int month) {

    private static final String[] FRENCH_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static Period of(YearMonth month) {
        return new Period(month.getYear(), month.getMonthValue());
    }

    static Period ofYear(int year) {
        return new Period(year, 0);
    }

    /** Units of {@code currency} per euro over this period, as the engine converts a claim of this time. */
    double perEuro(FxTable fx, String currency) {
        return fx.perEuro(currency, year, month);
    }

    /** "mars 2021", "March 2021", or the year alone. */
    String words(Lang lang) {
        if (month == 0) {
            return Integer.toString(year);
        }
        return (lang == Lang.FR ? FRENCH_MONTHS : ENGLISH_MONTHS)[month - 1] + " " + year;
    }
}
