package org.crosscheck.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.rules.BoundRule;
import org.crosscheck.rules.IntervalEnd;

/** Turns a stated figure, its precision and its bound words into the interval DESIGN.md describes. Exact arithmetic. */
final class Intervals {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Intervals() {
    }

    /** A figure with no bound word: half a unit of its last significant digit either side. */
    static Quantity exact(BigDecimal stated, BigDecimal precision, String unit, String dimension) {
        BigDecimal half = precision.divide(TWO);
        return new Quantity(stated, stated.subtract(half), stated.add(half), Qualifier.EXACT, unit, dimension);
    }

    /** A figure after a bound word ("plus de", "about"). */
    static Quantity bounded(BigDecimal stated, BigDecimal precision, BoundRule bound, String unit, String dimension) {
        BigDecimal low = end(IntervalEnd.fromId(bound.low()), stated, precision, bound.margin());
        BigDecimal high = end(IntervalEnd.fromId(bound.high()), stated, precision, bound.margin());
        return new Quantity(stated, low.min(high), low.max(high), Qualifier.fromId(bound.qualifier()), unit, dimension);
    }

    private static BigDecimal end(IntervalEnd end, BigDecimal stated, BigDecimal precision, BigDecimal margin) {
        return switch (end) {
            case STATED -> stated;
            case ROUNDING_BELOW -> stated.subtract(precision.divide(TWO));
            case ROUNDING_ABOVE -> stated.add(precision.divide(TWO));
            case LEADING_STEP_BELOW -> stepBelow(stated);
            case LEADING_STEP_ABOVE -> stepAbove(stated);
            case MARGIN_BELOW -> stated.subtract(stated.abs().multiply(margin));
            case MARGIN_ABOVE -> stated.add(stated.abs().multiply(margin));
            case ZERO -> BigDecimal.ZERO;
        };
    }

    /**
     * The next step of the leading digit above a figure: "plus de 3 milliards" stops below 4
     * billion, "plus de 1 250" below 2,000, "plus de 17 millions" below 20 million.
     */
    static BigDecimal stepAbove(BigDecimal value) {
        BigDecimal step = leadingStep(value);
        return value.divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE).multiply(step);
    }

    /** The step of the leading digit below a figure: "moins de 500" starts at 400, "moins de 1 250" at 1,000. */
    static BigDecimal stepBelow(BigDecimal value) {
        BigDecimal step = leadingStep(value);
        return value.divide(step, 0, RoundingMode.CEILING).subtract(BigDecimal.ONE).multiply(step);
    }

    /** One unit of the leading digit: 3,400 steps by 1,000; 3 billion by 1 billion. */
    static BigDecimal leadingStep(BigDecimal value) {
        BigDecimal abs = value.abs();
        if (abs.signum() == 0) {
            return BigDecimal.ONE;
        }
        int exponent = abs.precision() - abs.scale() - 1;
        return BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }

    /**
     * The unit of the last significant digit of a plain figure. From four digits on, trailing zeros
     * are rounding, keeping at least two significant digits: 290,000 is precise to 10,000 and
     * 3,400 to 100; a smaller whole number is exact to the unit ("30 pour cent", "24 pays"); a
     * decimal to its last digit.
     */
    static BigDecimal lastDigitUnit(BigDecimal value) {
        BigDecimal stripped = value.abs().stripTrailingZeros();
        if (stripped.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (stripped.scale() > 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale());
        }
        int trailingZeros = -stripped.scale();
        int digits = stripped.precision() + trailingZeros;
        int roundedZeros = digits >= 4 ? Math.min(trailingZeros, digits - 2) : 0;
        return BigDecimal.ONE.scaleByPowerOfTen(roundedZeros);
    }

    /** The unit of the last of {@code significantDigits} digits of a value: 10 billion written "10 milliards" is precise to 1 billion. */
    static BigDecimal significantUnit(BigDecimal value, int significantDigits) {
        BigDecimal step = leadingStep(value);
        return step.scaleByPowerOfTen(1 - Math.max(1, significantDigits)).round(MathContext.UNLIMITED);
    }
}
