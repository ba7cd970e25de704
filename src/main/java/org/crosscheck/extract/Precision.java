package org.crosscheck.extract;

import java.math.BigDecimal;

/** How precise a figure is as written. */
final class Precision {

    private Precision() {
    }

    /**
     * The unit of a figure's last significant digit as written: trailing zeros of a plain figure
     * are rounding ("290 000" is precise to 10,000); every digit before a scale word counts ("10
     * milliards" is precise to one billion); number words are taken to two significant digits.
     */
    static BigDecimal of(Analysis analysis, Analysis.Figure figure) {
        BigDecimal value = figure.number().value();
        if (figure.number().fromWords()) {
            return Intervals.significantUnit(value, 2);
        }
        if (figure.number().scaled()) {
            String written = analysis.text().substring(figure.number().start(), figure.number().end());
            int digits = 0;
            boolean leading = true;
            for (int i = 0; i < written.length() && !Character.isLetter(written.charAt(i)); i++) {
                char c = written.charAt(i);
                if (Character.isDigit(c) && !(leading && c == '0')) {
                    digits++;
                    leading = false;
                }
            }
            return Intervals.significantUnit(value, digits);
        }
        return Intervals.lastDigitUnit(value);
    }
}
