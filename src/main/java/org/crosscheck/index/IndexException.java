package org.crosscheck.index;

/** The passage index could not be read or written: a disk error, a lock held by another process. */
public final class IndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
