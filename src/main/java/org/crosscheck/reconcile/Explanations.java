package org.crosscheck.reconcile;

import java.math.BigDecimal;
import java.util.List;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.normalize.Figures;

/** The English words of findings: figures as stated, conversions, gaps and verdicts. */
final class Explanations {

    private Explanations() {
    }

    /** "more than 3,000,000,000 images", "101–500 uses", "290,000 USD". */
    static String figure(Quantity q) {
        String unit = q.unit().isEmpty() ? "" : " " + q.unit();
        if (q.qualifier() == Qualifier.RANGE) {
            return Figures.stated(q.low()) + "–" + Figures.stated(q.high()) + unit;
        }
        return qualifierWords(q.qualifier()) + Figures.stated(q.stated()) + unit;
    }

    /** The stated figure and unit without its qualifier: "20,000,000 EUR". */
    static String amount(Quantity q) {
        return Figures.stated(q.stated()) + (q.unit().isEmpty() ? "" : " " + q.unit());
    }

    /**
     * A figure with what it means on the common footing: the conversion's own sentence for money
     * in another currency, else the figure and the interval its wording allows.
     */
    static String described(Stated s) {
        if (!s.value().explanation().isEmpty() && !s.figure().unit().equals(s.value().unit())) {
            return s.value().explanation();
        }
        String figure = figure(s.figure());
        if (s.value().low().compareTo(s.value().high()) == 0 || s.figure().qualifier() == Qualifier.RANGE) {
            return figure;
        }
        return figure + " (" + Figures.stated(s.value().low()) + "–" + Figures.stated(s.value().high()) + ")";
    }

    /** The central value on the common footing: "239,700 EUR". */
    static String central(Stated s) {
        return Figures.rounded(s.value().stated()) + " " + s.value().unit();
    }

    /** "239,700 EUR is 4.1% below 250,000 EUR". */
    static String gap(Stated lower, Stated higher, BigDecimal gap) {
        return central(lower) + " is " + Figures.percent(gap) + " below " + central(higher);
    }

    /** Why two figures that were compared do not agree. */
    static String verdict(Stated a, Stated b, Comparison comparison, BigDecimal tolerance) {
        if (comparison.verdict() == Verdict.DISJOINT) {
            return "their ranges do not meet";
        }
        BigDecimal low = a.value().low().max(b.value().low());
        BigDecimal high = a.value().high().min(b.value().high());
        return "they meet only at the edge of both ranges (" + Figures.rounded(low) + "–" + Figures.rounded(high) + " "
                + a.value().unit() + "), and their central values are more than the " + Figures.percent(tolerance)
                + " tolerance apart";
    }

    /** "3 other claims state the same" when a side stands for several agreeing claims. */
    static String alsoStated(int others) {
        return others == 0 ? "" : " (" + others + (others == 1 ? " other claim agrees" : " other claims agree") + ")";
    }

    /** "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String qualifierWords(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT, RANGE -> "";
            case APPROX -> "about ";
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case LESS_THAN -> "less than ";
            case AT_MOST -> "at most ";
            case VAGUE -> "vaguely ";
        };
    }
}
