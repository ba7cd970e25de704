package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Figures written for reading: thousands grouped with commas, converted amounts to four significant digits. */
public final class Figures {

    private static final MathContext READING_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private Figures() {
    }

    /** An amount with thousands separated by commas: "1,234,567.5". */
    public static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder text = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(whole.charAt(i));
        }
        return text.append(point < 0 ? "" : plain.substring(point)).toString();
    }

    /** A stated figure without trailing fractional zeros, grouped: 17000000.00 is "17,000,000". */
    public static String stated(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return grouped(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** A computed figure to four significant digits, grouped: 239,709.5 is "239,700". */
    public static String rounded(BigDecimal value) {
        return stated(value.round(READING_DIGITS));
    }

    /** A fraction as a percentage to one decimal: 0.0412 is "4.1%". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
