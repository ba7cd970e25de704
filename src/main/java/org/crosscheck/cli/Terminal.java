package org.crosscheck.cli;

import java.util.Map;
import java.util.function.Function;

/**
 * What the process writes to. The launcher script tests stdout and stderr exactly and passes
 * {@code -Dcrosscheck.stdout.tty} and {@code -Dcrosscheck.stderr.tty}; without them (plain
 * {@code java -jar}) the JVM's console says whether stdout is a terminal, and stderr is taken not
 * to be one, so no progress lands in a redirected log.
 *
 * @param stderrIsTerminal progress may be drawn on stderr
 * @param colour ANSI colour on stdout: only on a terminal, and never with NO_COLOR set
 */
record Terminal(boolean stderrIsTerminal, boolean colour) {

    static Terminal detect(Map<String, String> env, Function<String, String> properties, boolean console) {
        boolean stdout = flag(properties.apply("crosscheck.stdout.tty"), console);
        boolean stderr = flag(properties.apply("crosscheck.stderr.tty"), false);
        boolean noColour = env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"));
        return new Terminal(stderr, stdout && !noColour);
    }

    private static boolean flag(String value, boolean fallback) {
        return value == null || value.isEmpty() ? fallback : Boolean.parseBoolean(value);
    }
}
