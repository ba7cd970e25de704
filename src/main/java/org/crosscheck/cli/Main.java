package org.crosscheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.crosscheck.model.StoreException;
import org.crosscheck.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code crosscheck} program: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, Terminal.detect(System.getenv(), System::getProperty, System.console() != null), System.in, out, err);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory with a heap of at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB; give the JVM more, e.g. CROSSCHECK_JAVA_OPTS=-Xmx4g ./crosscheck ...");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code. */
    static int run(String[] args, Terminal terminal, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CrosscheckCommand(terminal, in))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new Failures());
        return commandLine.execute(args);
    }

    /** A usage error prints one line and a hint, not the whole help. */
    private static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** Maps what a command throws to an exit code and a message that says what went wrong. */
    private static final class Failures implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            int code;
            if (e instanceof ParameterException usage) {
                return new UsageErrors().handleParseException(usage, parseResult.originalArgs().toArray(String[]::new));
            } else if (e instanceof BadInputException bad) {
                err.println("error: " + bad.getMessage());
                code = ExitCodes.BAD_INPUT;
            } else if (e instanceof StoreException || e instanceof UncheckedIOException) {
                err.println("error: " + e.getMessage());
                code = ExitCodes.INTERNAL;
            } else {
                err.println("internal error: " + e);
                if (System.getenv("CROSSCHECK_DEBUG") != null) {
                    e.printStackTrace(err);
                } else {
                    err.println("Set CROSSCHECK_DEBUG=1 to see the stack trace.");
                }
                code = ExitCodes.INTERNAL;
            }
            err.flush();
            return code;
        }

    }
}
