package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Quantity;

/**
 * A quantity found in a passage before it becomes a claim: tokens {@code first..last}, the rules
 * that made it, and the passage's numbers it is made of.
 */
record Figure(int first, int last, Quantity quantity, List<Quantity> equivalents, List<String> rules, Set<Integer> figures) {

    Figure {
        equivalents = List.copyOf(equivalents);
        rules = List.copyOf(rules);
        figures = Set.copyOf(figures);
        if (first > last) {
            throw new IllegalArgumentException("figure tokens " + first + ".." + last);
        }
    }

    /**
     * Folds "X (Y)" into one figure X with the equivalent Y when both are quantities of the same
     * dimension and Y is all the parenthesis holds: a conversion, not a second claim.
     */
    static List<Figure> mergeParentheticals(List<Figure> sorted, Analysis analysis) {
        List<Figure> merged = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Figure figure = sorted.get(i);
            while (i + 1 < sorted.size() && isConversion(figure, sorted.get(i + 1), analysis)) {
                Figure inner = sorted.get(i + 1);
                List<Quantity> equivalents = new ArrayList<>(figure.equivalents());
                equivalents.add(inner.quantity());
                List<String> rules = new ArrayList<>(figure.rules());
                rules.addAll(inner.rules());
                Set<Integer> figures = new HashSet<>(figure.figures());
                figures.addAll(inner.figures());
                figure = new Figure(figure.first(), inner.last() + 1, figure.quantity(), equivalents, rules, figures);
                i++;
            }
            merged.add(figure);
        }
        return merged;
    }

    private static boolean isConversion(Figure outer, Figure inner, Analysis analysis) {
        return inner.first() == outer.last() + 2
                && analysis.isSymbol(outer.last() + 1, '(')
                && analysis.isSymbol(inner.last() + 1, ')')
                && outer.quantity().dimension().equals(inner.quantity().dimension())
                && !outer.quantity().dimension().equals(Quantity.BARE_NUMBER);
    }
}
