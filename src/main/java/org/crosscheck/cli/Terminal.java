package org.crosscheck.cli;

import java.util.Map;

/**
 * What the process writes to: whether stdout and stderr are terminals, and whether colour is wanted.
 * The launcher script passes {@code -Dcrosscheck.stdout.tty} and {@code -Dcrosscheck.stderr.tty},
 * which it can test exactly; without them the JVM's console tells.
 *
 * @param colour ANSI colour on stdout: only on a terminal, and never with NO_COLOR set
 */
record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean colour) {

    /** A terminal that is not one: plain output, no progress. */
    static final Terminal NONE = new Terminal(false, false, false);

    static Terminal detect(Map<String, String> env) {
        boolean console = System.console() != null;
        boolean stdout = flag("crosscheck.stdout.tty", console);
        boolean stderr = flag("crosscheck.stderr.tty", console);
        boolean noColour = env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"));
        return new Terminal(stdout, stderr, stdout && !noColour);
    }

    private static boolean flag(String property, boolean fallback) {
        String value = System.getProperty(property);
        return value == null || value.isEmpty() ? fallback : Boolean.parseBoolean(value);
    }
}
