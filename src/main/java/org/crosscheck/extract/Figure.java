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

    /** How many plain words may open a parenthesis before a restated figure ("(in words: ten million euros)"). */
    private static final int RESTATEMENT_LABEL_WORDS = 3;

    /**
     * Folds "X (Y)" into one figure X: with the equivalent Y when both are quantities of the same
     * dimension and Y is all the parenthesis holds (a conversion, not a second claim); without it
     * when Y restates X in the same unit and value, after at most a few words of label ("€ 10,500,000
     * (in words: ten million five hundred thousand euros)"): one figure written twice.
     */
    static List<Figure> mergeParentheticals(List<Figure> sorted, Analysis analysis) {
        List<Figure> merged = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Figure figure = sorted.get(i);
            while (i + 1 < sorted.size()) {
                Figure inner = sorted.get(i + 1);
                boolean restatement = isRestatement(figure, inner, analysis);
                boolean conversion = !restatement && isConversion(figure, inner, analysis);
                if (!conversion && !restatement) {
                    break;
                }
                List<Quantity> equivalents = new ArrayList<>(figure.equivalents());
                if (conversion) {
                    equivalents.add(inner.quantity());
                }
                List<String> rules = new ArrayList<>(figure.rules());
                rules.addAll(inner.rules());
                Set<Integer> figures = new HashSet<>(figure.figures());
                figures.addAll(inner.figures());
                int last = analysis.isSymbol(inner.last() + 1, ')') ? inner.last() + 1 : inner.last();
                figure = new Figure(figure.first(), last, figure.quantity(), equivalents, rules, figures);
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

    /** Y opens the parenthesis after X, perhaps after a short label and a colon, and says the same figure in the same unit. */
    private static boolean isRestatement(Figure outer, Figure inner, Analysis analysis) {
        if (!analysis.isSymbol(outer.last() + 1, '(') || inner.first() - outer.last() - 2 > RESTATEMENT_LABEL_WORDS + 1
                || inner.first() <= outer.last() + 1) {
            return false;
        }
        for (int t = outer.last() + 2; t < inner.first(); t++) {
            if (!analysis.tokens().get(t).isWord() && !analysis.isSymbol(t, ':')) {
                return false;
            }
        }
        return !outer.quantity().dimension().equals(Quantity.BARE_NUMBER)
                && outer.quantity().unit().equals(inner.quantity().unit())
                && outer.quantity().stated().compareTo(inner.quantity().stated()) == 0;
    }
}
