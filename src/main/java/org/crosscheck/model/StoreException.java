package org.crosscheck.model;

/** An on-disk store (the passage index) could not be read or written: a disk error, a lock held by another process. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
