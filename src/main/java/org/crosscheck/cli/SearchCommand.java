package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.model.Highlight;
import org.crosscheck.model.SearchHit;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck search QUERY}: the best-matching sentences of the corpus, with their place. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
            "Search the corpus's sentences, best first.",
            "BM25 over the passage index, brought up to date first.",
            "Each hit shows file:line:column and the sentence with the matched words marked.",
            "Words are stemmed in the document's language and accents do not matter.",
            "Query syntax: words (any may match), \"a phrase\", +word (must match), -word (must not), prefix*."
        })
final class SearchCommand implements Callable<Integer> {

    private static final String ANSI_MATCH = "\033[1;33m";
    private static final String ANSI_RESET = "\033[0m";
    private static final String PLAIN_MATCH = "**";

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CrosscheckCommand parent;

    @Parameters(index = "0", arity = "1..*", paramLabel = "QUERY", description = "What to look for; several words are joined.")
    private List<String> query;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "How many sentences to show at most (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Mixin
    private CorpusOptions options;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        RunConfig config = options.runConfig(corpus, spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = String.join(" ", query);
        List<SearchHit> hits = Pipeline.standard().search(config, text, limit, Diagnostics.warningsTo(err));
        if (hits.isEmpty()) {
            out.println("no sentence matches: " + text);
        }
        boolean colour = parent.terminal().colour();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            out.printf(Locale.ROOT, "%d. %s:%d:%d  score %.2f%n", i + 1, corpus.resolve(hit.passage().sourceId()),
                    hit.passage().span().line(), hit.passage().span().column(), hit.score());
            out.println("   " + marked(hit, colour));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The passage's text with its matches between ANSI colour codes, or between ** when not on a terminal. */
    private static String marked(SearchHit hit, boolean colour) {
        String open = colour ? ANSI_MATCH : PLAIN_MATCH;
        String close = colour ? ANSI_RESET : PLAIN_MATCH;
        String text = hit.passage().text();
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Highlight h : hit.highlights()) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return out.append(text.substring(at)).toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
