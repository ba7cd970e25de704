package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Quantity;
import org.crosscheck.rules.SubunitRule;
import org.crosscheck.rules.UnitRule;

/** Finds the unit that governs a figure: a symbol before or after it, a unit word after it, a subunit. */
final class UnitLookup {

    private final Map<String, Lexicon> lexicons;

    UnitLookup(Map<String, Lexicon> lexicons) {
        this.lexicons = lexicons;
    }

    /** "3 dollars 50 cents" after "3 dollars": the subunit amount, its precision, the rule and where it ends. */
    record Subunits(BigDecimal amount, BigDecimal precision, SubunitRule rule, Analysis.Figure figure, int last) {
    }

    /**
     * A subunit word right after a figure, or after a hyphen, where it may open a compound ("50
     * cents", "one penny", "a 12-cent-a-share dividend").
     */
    Optional<Lexicon.Match> subunitAfter(Analysis analysis, int last, String language) {
        int at = analysis.isSymbol(last + 1, '-') ? last + 2 : last + 1;
        Optional<Lexicon.Match> word = analysis.startingAt(at, Lexicon.Category.SUBUNIT_WORD);
        if (word.isPresent() || at == last + 1 || at >= analysis.tokens().size()) {
            return word;
        }
        String firstPart = analysis.tokens().get(at).folded().split("-", 2)[0];
        return lexicons.getOrDefault(language, lexicons.get("")).word(firstPart, Lexicon.Category.SUBUNIT_WORD)
                .map(meaning -> new Lexicon.Match(at, at, meaning));
    }

    /** "… dollars (and) 50 cents": a subunit amount of the same currency right after a currency amount. */
    Optional<Subunits> subunitsAfter(Analysis analysis, int afterUnit, UnitRule currency, String language) {
        int at = afterUnit + 1;
        Optional<Lexicon.Match> connector = analysis.startingAt(at, Lexicon.Category.SUBUNIT_CONNECTOR);
        if (connector.isPresent()) {
            at = connector.get().last() + 1;
        }
        Optional<Analysis.Figure> figure = analysis.figureAt(at);
        if (figure.isEmpty()) {
            return Optional.empty();
        }
        Optional<Lexicon.Match> word = subunitAfter(analysis, figure.get().last(), language);
        if (word.isEmpty() || !((SubunitRule) word.get().meaning().value()).currencies().contains(currency.id())) {
            return Optional.empty();
        }
        SubunitRule rule = (SubunitRule) word.get().meaning().value();
        return Optional.of(new Subunits(figure.get().number().value().multiply(rule.factor()),
                Precision.of(analysis, figure.get()).multiply(rule.factor()), rule, figure.get(), word.get().last()));
    }

    /** A unit word at token {@code index}; after link words also a symbol ("75 millions de $"). */
    static Optional<Lexicon.Match> unitAt(Analysis analysis, int index, boolean afterLink) {
        Optional<Lexicon.Match> word = analysis.startingAt(index, Lexicon.Category.UNIT_WORD);
        return word.isPresent() || !afterLink ? word : symbolStartingAt(analysis, index);
    }

    /**
     * "percent of 10", "pourcentage de vingt": a percent word before the figure, joined by a link
     * word, when no figure of its own comes before it (in "20 percent of 10", 10 is the whole).
     */
    static Optional<Lexicon.Match> percentWordEndingAt(Analysis analysis, int index) {
        return analysis.endingAt(index, Lexicon.Category.UNIT_WORD)
                .filter(m -> ((UnitRule) m.meaning().value()).kind().equals("percent"))
                .filter(m -> analysis.figureEndingAt(m.first() - 1).isEmpty());
    }

    static Optional<Lexicon.Match> currencySymbolEndingAt(Analysis analysis, int index) {
        return analysis.endingAt(index, Lexicon.Category.UNIT_SYMBOL)
                .filter(m -> ((UnitRule) m.meaning().value()).dimension().equals(Quantity.MONEY))
                .or(() -> analysis.endingAt(index, Lexicon.Category.SHARED_SYMBOL));
    }

    static Optional<Lexicon.Match> symbolStartingAt(Analysis analysis, int index) {
        return analysis.startingAt(index, Lexicon.Category.UNIT_SYMBOL)
                .or(() -> analysis.startingAt(index, Lexicon.Category.SHARED_SYMBOL));
    }
}
