package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One passage taken apart: its tokens, the rules' phrases found in it, and its numbers, each
 * placed on the tokens it covers, with lookups by token position.
 */
final class Analysis {

    /** A number of the passage on tokens {@code first..last} inclusive. */
    record Figure(int index, NumberMatch number, int first, int last) {
    }

    private final String text;
    private final List<Token> tokens;
    private final List<Figure> figures;
    private final Map<Lexicon.Category, List<Lexicon.Match>> byCategory = new EnumMap<>(Lexicon.Category.class);
    private final Figure[] figureStartingAt;

    Analysis(String text, List<Token> tokens, List<Lexicon.Match> phrases, List<NumberMatch> numbers) {
        this.text = text;
        this.tokens = tokens;
        for (Lexicon.Category category : Lexicon.Category.values()) {
            byCategory.put(category, new ArrayList<>());
        }
        phrases.forEach(match -> byCategory.get(match.meaning().category()).add(match));
        this.figures = new ArrayList<>();
        this.figureStartingAt = new Figure[tokens.size() + 1];
        for (NumberMatch number : numbers) {
            int first = firstTokenFrom(number.start());
            int last = lastTokenBefore(number.end());
            if (first <= last && first < tokens.size()) {
                Figure figure = new Figure(figures.size(), number, first, last);
                figures.add(figure);
                figureStartingAt[first] = figure;
            }
        }
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Figure> figures() {
        return figures;
    }

    List<Lexicon.Match> phrases(Lexicon.Category category) {
        return byCategory.get(category);
    }

    /** The longest phrase of the category that starts at token {@code index}. */
    Optional<Lexicon.Match> startingAt(int index, Lexicon.Category category) {
        Lexicon.Match best = null;
        for (Lexicon.Match match : byCategory.get(category)) {
            if (match.first() == index && (best == null || match.last() > best.last())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every phrase of any category that ends at token {@code index}. */
    List<Lexicon.Match> endingAtAny(int index) {
        List<Lexicon.Match> found = new ArrayList<>();
        for (List<Lexicon.Match> matches : byCategory.values()) {
            for (Lexicon.Match match : matches) {
                if (match.last() == index) {
                    found.add(match);
                }
            }
        }
        return found;
    }

    /** The longest phrase of the category that ends at token {@code index}. */
    Optional<Lexicon.Match> endingAt(int index, Lexicon.Category category) {
        Lexicon.Match best = null;
        for (Lexicon.Match match : byCategory.get(category)) {
            if (match.last() == index && (best == null || match.first() < best.first())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The figure whose last token is {@code index}, if any. */
    Optional<Figure> figureEndingAt(int index) {
        for (Figure figure : figures) {
            if (figure.last() == index) {
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }

    /** The figure whose first token is {@code index}, if any. */
    Optional<Figure> figureAt(int index) {
        return index >= 0 && index < tokens.size() ? Optional.ofNullable(figureStartingAt[index]) : Optional.empty();
    }

    /** Whether a number starts at a token in {@code from..to-1}. */
    boolean hasFigureBetween(int from, int to) {
        for (int t = Math.max(from, 0); t < to && t < tokens.size(); t++) {
            if (figureStartingAt[t] != null) {
                return true;
            }
        }
        return false;
    }

    boolean isSymbol(int index, char symbol) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isSymbol(symbol);
    }

    private int firstTokenFrom(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int lastTokenBefore(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
