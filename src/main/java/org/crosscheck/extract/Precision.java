package org.crosscheck.extract;

import java.math.BigDecimal;

/** How precise a figure is as written. */
final class Precision {

    private Precision() {
    }

    /**
     * The unit of a figure's last significant digit, one rule for every way of writing it: from four
     * digits on, trailing zeros are rounding, keeping at least two significant digits ("290 000",
     * "290 000 000" and "290 millions" alike); a decimal written without a scale word keeps its
     * written decimals ("12,50 €" is precise to the cent); number words count as two significant
     * digits ("trois millions" as "3 millions").
     */
    static BigDecimal of(Analysis analysis, Analysis.Figure figure) {
        BigDecimal value = figure.number().value();
        if (figure.number().fromWords()) {
            return Intervals.significantUnit(value, 2);
        }
        if (!figure.number().scaled() && value.scale() > 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(-value.scale());
        }
        return Intervals.lastDigitUnit(value);
    }
}
