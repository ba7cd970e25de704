package org.crosscheck.reconcile;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import org.crosscheck.model.Normalized;

/**
 * Two figures on a common footing, compared by interval and by central value.
 *
 * @param gap the difference of the central values relative to the larger one, in [0, 1]
 */
public record Comparison(Verdict verdict, BigDecimal gap) {

    /**
     * Intervals this close, relative to the figures, meet: conversions are exact to 16 significant
     * digits, so a value converted there and back may land a rounding away from itself.
     */
    private static final BigDecimal ARITHMETIC_SLACK = new BigDecimal("1E-12");

    public Comparison {
        requireNonNull(verdict, "verdict");
        requireNonNull(gap, "gap");
    }

    /** Compares {@code a} and {@code b}, which must be in the same unit; symmetric in its arguments. */
    public static Comparison of(Normalized a, Normalized b, BigDecimal tolerance) {
        if (!a.unit().equals(b.unit())) {
            throw new IllegalArgumentException("cannot compare " + a.unit() + " with " + b.unit());
        }
        BigDecimal gap = relativeGap(a.stated(), b.stated());
        BigDecimal apart = a.low().subtract(b.high()).max(b.low().subtract(a.high())).max(BigDecimal.ZERO);
        boolean meet = apart.compareTo(a.stated().abs().max(b.stated().abs()).multiply(ARITHMETIC_SLACK)) <= 0;
        Verdict verdict = !meet ? Verdict.DISJOINT : gap.compareTo(tolerance) <= 0 ? Verdict.AGREE : Verdict.EDGE;
        return new Comparison(verdict, gap);
    }

    /** |a − b| / max(|a|, |b|); 0 when both are 0. */
    public static BigDecimal relativeGap(BigDecimal a, BigDecimal b) {
        BigDecimal larger = a.abs().max(b.abs());
        if (larger.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return a.subtract(b).abs().divide(larger, MathContext.DECIMAL64);
    }

    public boolean agrees() {
        return verdict == Verdict.AGREE;
    }
}
