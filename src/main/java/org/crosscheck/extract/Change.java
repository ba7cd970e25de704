package org.crosscheck.extract;

import java.util.Optional;

/**
 * "from X to Y" after a word of change ("cut the fine from £17 million to £7.5 million", "grew from
 * 10 to 40 billion images"): not a range but a value that changed, X before and Y after.
 */
final class Change {

    /** How many tokens may stand between the word of change and "from" ("the reduction of the fine from"). */
    private static final int REACH = 4;
    /** How many tokens X may take between "from" and "to" ("from over £17.5 million"). */
    private static final int MAX_FIGURE_TOKENS = 8;

    private Change() {
    }

    /** The word of change that governs a "from" (a range opening) ending at token {@code opening}, if any. */
    static Optional<Lexicon.Match> cueBeforeOpening(Analysis analysis, int opening) {
        Optional<Lexicon.Match> from = analysis.endingAt(opening, Lexicon.Category.RANGE_OPENING);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        return analysis.phrases(Lexicon.Category.CHANGE).stream()
                .filter(m -> m.last() < from.get().first() && from.get().first() - m.last() <= REACH + 1)
                .filter(m -> !analysis.hasFigureBetween(m.last() + 1, from.get().first()))
                .findFirst();
    }

    /**
     * The word of change when {@code figure} is the earlier value X of "from X to Y": "from" just
     * before it under a word of change, "to" and another figure (perhaps after its currency sign) just after it.
     */
    static Optional<Lexicon.Match> earlierValue(Analysis analysis, Figure figure) {
        Optional<Lexicon.Match> to = analysis.startingAt(figure.last() + 1, Lexicon.Category.RANGE_JOINING);
        if (to.isEmpty() || !analysis.hasFigureBetween(to.get().last() + 1, to.get().last() + 3)) {
            return Optional.empty();
        }
        return cueBeforeOpening(analysis, figure.first() - 1);
    }

    /** The word of change when {@code figure} is the later value Y of "from X to Y". */
    static Optional<Lexicon.Match> laterValue(Analysis analysis, Figure figure) {
        Optional<Lexicon.Match> to = analysis.endingAt(figure.first() - 1, Lexicon.Category.RANGE_JOINING);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        for (int t = to.get().first() - 2; t >= 0 && t >= to.get().first() - MAX_FIGURE_TOKENS; t--) {
            Optional<Lexicon.Match> cue = cueBeforeOpening(analysis, t);
            if (cue.isPresent()) {
                return analysis.hasFigureBetween(t + 1, to.get().first()) ? cue : Optional.empty();
            }
        }
        return Optional.empty();
    }

}
