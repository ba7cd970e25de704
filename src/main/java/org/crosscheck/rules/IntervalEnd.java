package org.crosscheck.rules;

import java.util.Locale;

/** How a bound word sets one end of a figure's interval. */
public enum IntervalEnd {
    /** The stated figure. */
    STATED,
    /** Half a unit of the last significant digit below or above: "250 000" is 245,000–255,000. */
    ROUNDING_BELOW, ROUNDING_ABOVE,
    /** The step of the leading digit below or above the figure: "plus de 3 milliards" stops below 4 billion, "plus de 1 250" below 2,000. */
    LEADING_STEP_BELOW, LEADING_STEP_ABOVE,
    /** The stated figure less or plus the rule's margin. */
    MARGIN_BELOW, MARGIN_ABOVE,
    ZERO;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static IntervalEnd fromId(String id) {
        for (IntervalEnd end : values()) {
            if (end.id().equals(id)) {
                return end;
            }
        }
        throw new IllegalArgumentException("unknown interval end '" + id + "'");
    }
}
