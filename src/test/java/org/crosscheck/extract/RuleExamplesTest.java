package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

/** Every example of every rule in rules/ holds: what a rule must match, it matches; what it must not, it does not. */
class RuleExamplesTest {

    @Test
    void everyRuleExampleHolds() {
        List<RuleExampleRunner.Result> results = new RuleExampleRunner(RuleSetLoader.load(Path.of("rules"))).run();
        assertThat(results).hasSizeGreaterThan(300);
        assertThat(results).filteredOn(r -> !r.passed())
                .extracting(r -> r.ruleId() + " " + r.kind() + " '" + r.text() + "': " + r.problem())
                .isEmpty();
    }
}
