package org.crosscheck.model;

/**
 * Input that crosscheck refuses: a corpus or rules file that cannot be read as it should. The
 * message names the file and, where known, the line.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public BadInputException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    public BadInputException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
