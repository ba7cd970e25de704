package org.crosscheck.cli;

/** The process exit codes every command uses. */
final class ExitCodes {

    /** Nothing unresolved at the threshold; the command did its job. */
    static final int OK = 0;
    /** Unresolved findings at or above the threshold (check). */
    static final int FINDINGS = 1;
    /** The command line is wrong: unknown option, missing corpus folder, bad value. */
    static final int USAGE = 2;
    /** A corpus or rules file is bad; the message names file and line. */
    static final int BAD_INPUT = 3;
    /** Anything else: a bug, a disk error, an index locked by another process. */
    static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
