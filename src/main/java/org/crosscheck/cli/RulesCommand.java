package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RuleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crosscheck rules test}: runs every rule's examples and prints a pass/fail table. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rules folder.",
        subcommands = RulesCommand.Test.class)
final class RulesCommand {

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run the examples of every rule; exit 1 when any fails.")
    static final class Test implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
                description = "The rules folder (default: ${DEFAULT-VALUE}).")
        private Path rules;

        @Option(names = "--failures-only", description = "List only the examples that fail.")
        private boolean failuresOnly;

        @Override
        public Integer call() {
            if (!Files.isDirectory(rules)) {
                throw new ParameterException(spec.commandLine(), "rules folder not found: " + rules);
            }
            List<RuleCheck> results = Pipeline.standard().testRules(rules);
            PrintWriter out = spec.commandLine().getOut();
            long failed = results.stream().filter(r -> !r.passed()).count();
            for (RuleCheck r : results) {
                if (!failuresOnly || !r.passed()) {
                    out.printf("%s  %-28s %-7s %s%s%n", r.passed() ? "pass" : "FAIL", r.ruleId(), r.kind(), r.text(),
                            r.passed() ? "" : "\n      " + r.problem());
                }
            }
            out.printf("%d examples, %d passed, %d failed%n", results.size(), results.size() - failed, failed);
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
