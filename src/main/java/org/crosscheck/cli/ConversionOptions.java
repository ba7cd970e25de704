package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of commands that convert money: which rates, and into which currency. */
final class ConversionOptions {

    @Option(names = "--fx-rates", paramLabel = "FILE",
            description = "A full ECB rates file (eurofxref-hist.csv) for day-precise conversion, instead of the rules' monthly table.")
    private Path fxRates;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR",
            description = "The ISO 4217 code amounts of money are converted to (default: ${DEFAULT-VALUE}); the euro or a currency the ECB quotes.")
    private String currency;

    /** {@code config} converting as these options say; a usage error for a missing rates file or an unknown currency. */
    RunConfig applyTo(RunConfig config, Pipeline pipeline, CommandSpec spec) {
        if (fxRates != null && !Files.isRegularFile(fxRates)) {
            throw new ParameterException(spec.commandLine(), "ECB rates file not found: " + fxRates);
        }
        RunConfig converting = config.withFxRates(Optional.ofNullable(fxRates)).withCurrency(currency.toUpperCase(Locale.ROOT));
        pipeline.currencyProblem(converting).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), "--currency " + currency + ": " + problem);
        });
        return converting;
    }
}
