package org.crosscheck.rules;

import java.util.List;

/**
 * What a rule must and must not do, run as tests: each {@code match} text must yield a claim made
 * with the rule and looking as {@code claim} says; no {@code noMatch} text may yield a claim made with it.
 */
public record Examples(List<MatchExample> match, List<NoMatchExample> noMatch) {

    public Examples {
        match = match == null ? List.of() : List.copyOf(match);
        noMatch = noMatch == null ? List.of() : List.copyOf(noMatch);
    }

    public boolean isEmpty() {
        return match.isEmpty() && noMatch.isEmpty();
    }

    /**
     * @param lang "fr" or "en"
     * @param published the publication date relative dates resolve against, YYYY[-MM[-DD]], or null
     */
    public record MatchExample(String lang, String text, String published, ExpectedClaim claim) {
    }

    public record NoMatchExample(String lang, String text) {
    }
}
