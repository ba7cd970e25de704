package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.PartialDate;
import org.crosscheck.rules.Examples;
import org.crosscheck.rules.ExpectedClaim;
import org.crosscheck.rules.Rule;
import org.crosscheck.rules.RuleSet;

/** Runs the examples every rule carries through the extractor, bare numbers included. */
public final class RuleExampleRunner {

    /** One example's outcome; {@code problem} says what went wrong when it failed. */
    public record Result(String ruleId, String kind, String text, boolean passed, String problem) {
    }

    private final RuleSet rules;
    private final ClaimExtractor extractor;

    public RuleExampleRunner(RuleSet rules) {
        this.rules = rules;
        this.extractor = new ClaimExtractor(rules);
    }

    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        for (Rule rule : rules.all()) {
            for (Examples.MatchExample example : rule.examples().match()) {
                results.add(runMatch(rule.id(), example));
            }
            for (Examples.NoMatchExample example : rule.examples().noMatch()) {
                List<Claim> claims = claimsOf(example.lang(), example.text(), null);
                Optional<Claim> made = claims.stream().filter(c -> c.rules().contains(rule.id())).findFirst();
                results.add(new Result(rule.id(), "noMatch", example.text(), made.isEmpty(),
                        made.map(c -> "yielded '" + c.text() + "'").orElse("")));
            }
        }
        return List.copyOf(results);
    }

    private Result runMatch(String ruleId, Examples.MatchExample example) {
        ExpectedClaim expected = example.claim();
        List<Claim> claims = claimsOf(example.lang(), example.text(), example.published());
        List<String> problems = new ArrayList<>();
        for (Claim claim : claims) {
            if (expected.text() != null && !expected.text().equals(claim.text())) {
                continue;
            }
            List<String> mismatches = mismatches(claim, expected);
            if (!claim.rules().contains(ruleId)) {
                mismatches.add("made without this rule (rules " + claim.rules() + ")");
            }
            if (mismatches.isEmpty()) {
                return new Result(ruleId, "match", example.text(), true, "");
            }
            problems.add("'" + claim.text() + "': " + String.join(", ", mismatches));
        }
        String problem = problems.isEmpty()
                ? "no claim with text '" + expected.text() + "' (got " + claims.stream().map(Claim::text).toList() + ")"
                : String.join("; ", problems);
        return new Result(ruleId, "match", example.text(), false, problem);
    }

    private static List<String> mismatches(Claim claim, ExpectedClaim expected) {
        List<String> mismatches = new ArrayList<>();
        compareNumber("value", expected.value(), claim.quantity().stated(), mismatches);
        compareNumber("low", expected.low(), claim.quantity().low(), mismatches);
        compareNumber("high", expected.high(), claim.quantity().high(), mismatches);
        compare("unit", expected.unit(), claim.quantity().unit(), mismatches);
        compare("qualifier", expected.qualifier(), claim.quantity().qualifier().id(), mismatches);
        compare("measure", expected.measure(), claim.measure().orElse(null), mismatches);
        compare("subject", expected.subject(), claim.subject().orElse(null), mismatches);
        compare("time", expected.time(), claim.time().map(t -> t.value().toString()).orElse(null), mismatches);
        compare("status", expected.status(), claim.status().id(), mismatches);
        compare("attribution", expected.attribution(), claim.attribution().orElse(null), mismatches);
        return mismatches;
    }

    private static void compareNumber(String name, BigDecimal expected, BigDecimal actual, List<String> mismatches) {
        if (expected != null && expected.compareTo(actual) != 0) {
            mismatches.add(name + " " + actual.toPlainString() + " instead of " + expected.toPlainString());
        }
    }

    private static void compare(String name, String expected, String actual, List<String> mismatches) {
        if (expected != null && !expected.equals(actual)) {
            mismatches.add(name + " " + actual + " instead of " + expected);
        }
    }

    /** The claims of one sentence in a language, with an optional publication date. */
    private List<Claim> claimsOf(String language, String text, String published) {
        return extractor.extractText(language, Optional.ofNullable(published).map(PartialDate::parse), "example", text, true);
    }
}
