package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a sentence asks rather than states. A question asserts nothing, so its figures are no
 * claims ("mais ils sont quoi, 5 %, 10 % ?"); but a question mark governs only the sentence's last
 * clause, which starts after a semicolon or after a comma followed by a clause opener of the rules
 * ("the firm paid $5,000, but was it enough?").
 */
final class Question {

    private final int firstAskingToken;
    private final Optional<String> openerRule;

    private Question(int firstAskingToken, Optional<String> openerRule) {
        this.firstAskingToken = firstAskingToken;
        this.openerRule = openerRule;
    }

    static Question of(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        int end = tokens.size();
        while (end > 0 && isClosing(tokens.get(end - 1))) {
            end--;
        }
        if (end == 0 || !(tokens.get(end - 1).isSymbol('?') || tokens.get(end - 1).isSymbol('¿'))) {
            return new Question(Integer.MAX_VALUE, Optional.empty());
        }
        for (int t = end - 2; t >= 0; t--) {
            if (tokens.get(t).isSymbol(';')) {
                return new Question(t + 1, Optional.empty());
            }
            Optional<Lexicon.Match> opener = analysis.startingAt(t + 1, Lexicon.Category.CLAUSE_OPENER);
            if (tokens.get(t).isSymbol(',') && opener.isPresent()) {
                return new Question(t + 1, Optional.of(opener.get().meaning().ruleId()));
            }
        }
        return new Question(0, Optional.empty());
    }

    /** The figure, if it stands outside the asking clause; a figure kept thanks to a clause opener records its rule. */
    Optional<Figure> keep(Figure figure) {
        if (figure.last() >= firstAskingToken) {
            return Optional.empty();
        }
        if (firstAskingToken == Integer.MAX_VALUE || openerRule.isEmpty()) {
            return Optional.of(figure);
        }
        List<String> rules = new ArrayList<>(figure.rules());
        rules.add(openerRule.get());
        return Optional.of(new Figure(figure.first(), figure.last(), figure.quantity(), figure.equivalents(), rules, figure.figures()));
    }

    private static boolean isClosing(Token token) {
        return token.surface().length() == 1 && "»”\"')".indexOf(token.surface().charAt(0)) >= 0;
    }
}
