package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.pipeline.FxImported;
import org.crosscheck.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck fx import FILE}: derives the rules' exchange-rate table from the ECB's rates. */
@Command(name = "fx", mixinStandardHelpOptions = true, description = "Exchange rates for converting amounts of money.",
        subcommands = FxCommand.Import.class)
final class FxCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {
                "Derive rules/fx/ecb-monthly.csv (per currency and month: lowest, mean and highest rate)",
                "from the European Central Bank's euro reference rates, eurofxref-hist.csv",
                "(https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip). The table is replaced atomically."
            })
    static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The ECB's eurofxref-hist.csv.")
        private Path file;

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
                description = "The rules folder whose fx/ table to write (default: ${DEFAULT-VALUE}).")
        private Path rules;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "ECB rates file not found: " + file);
            }
            if (!Files.isDirectory(rules)) {
                throw new ParameterException(spec.commandLine(), "rules folder not found: " + rules);
            }
            FxImported imported = Pipeline.standard().importFx(file, rules);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("wrote %s: %d rows, %d currencies, %s to %s (source sha256 %s)%n", imported.table(), imported.rows(),
                    imported.currencies(), imported.firstDay(), imported.lastDay(), imported.sha256());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
