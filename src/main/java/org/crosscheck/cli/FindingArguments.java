package org.crosscheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The arguments of the commands about one finding (explain, resolve): its id, then the corpus. */
final class FindingArguments {

    @Parameters(index = "0", paramLabel = "FINDING-ID", description = "The finding's id, as reports print it (d-…).")
    String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;
}
