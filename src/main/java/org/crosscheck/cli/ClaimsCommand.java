package org.crosscheck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.model.Claim;
import org.crosscheck.model.PartialDate;
import org.crosscheck.pipeline.ClaimsResult;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.crosscheck.report.JsonReport;
import org.crosscheck.report.ClaimsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck claims}: the figures the corpus states, or the figures of sentences on standard input. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {
            "List the figures the corpus states, with what they measure.",
            "Every figure a currency, a unit or percent governs, with its interval, measure, subject,",
            "time and status. With --stdin, read one passage per line and print one JSON object per",
            "line: {\"line\": N, \"claims\": [...]}."
        })
final class ClaimsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, jsonl }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CrosscheckCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ${DEFAULT-VALUE}).")
    private Path rules;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (default for a corpus), json, or jsonl (default and only choice with --stdin).")
    private Format format;

    @Option(names = "--all-numbers", description = "Also list the bare numbers no unit governs (dimension number).")
    private boolean allNumbers;

    @Option(names = "--stdin", description = "Read passages from standard input, one per line, instead of a corpus.")
    private boolean stdin;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the passages read with --stdin.")
    private String language;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD) relative dates resolve against, with --stdin.")
    private String published;

    @Option(names = "--lenient",
            description = "Skip files that are not valid UTF-8, with a warning, instead of stopping with exit code 3.")
    private boolean lenient;

    @Mixin
    private ConversionOptions conversion;

    @Override
    public Integer call() throws IOException {
        requireFolder(rules, "rules folder");
        PrintWriter out = spec.commandLine().getOut();
        return stdin ? fromStdin(out) : fromCorpus(out);
    }

    private int fromCorpus(PrintWriter out) {
        if (language != null || published != null) {
            throw new ParameterException(spec.commandLine(), "--lang and --published go with --stdin");
        }
        CorpusOptions.requireCorpusFolder(corpus, spec);
        Pipeline pipeline = Pipeline.standard();
        RunConfig config = conversion.applyTo(RunConfig.of(corpus, Optional.empty(), lenient).withRules(rules), pipeline, spec);
        ClaimsResult result = pipeline.claims(config, allNumbers, Diagnostics.warningsTo(spec.commandLine().getErr()));
        Format chosen = format == null ? Format.table : format;
        switch (chosen) {
            case table -> new ClaimsTable().write(result.claims(), out);
            case json -> new JsonReport(VersionInfo.version()).write(result.sources(), result.claims(), result.claimIds(),
                    result.factIndex(), out);
            case jsonl -> throw new ParameterException(spec.commandLine(), "--format jsonl goes with --stdin; use json for a corpus");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int fromStdin(PrintWriter out) throws IOException {
        if (format != null && format != Format.jsonl) {
            throw new ParameterException(spec.commandLine(), "--stdin prints --format jsonl");
        }
        if (language == null || !(language.equals("fr") || language.equals("en"))) {
            throw new ParameterException(spec.commandLine(), "--stdin needs --lang fr or --lang en");
        }
        Optional<PartialDate> date;
        try {
            date = Optional.ofNullable(published).map(PartialDate::parse);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--published: " + e.getMessage());
        }
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8))) {
            lines = reader.lines().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<List<Claim>> claims = Pipeline.standard().claimsOfLines(rules, lines, language, date, allNumbers);
        new JsonReport(VersionInfo.version()).writeLines(claims, out);
        return ExitCodes.OK;
    }

    private void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), what + " not found: " + folder);
        }
    }
}
