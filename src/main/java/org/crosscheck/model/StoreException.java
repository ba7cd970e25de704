package org.crosscheck.model;

/** An on-disk store (the passage index) could not be read or written: a disk error, a lock held by another process. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean busy;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param busy true when the store is only locked by another process's update, so reading it is still possible
     */
    public StoreException(String message, Throwable cause, boolean busy) {
        super(message, cause);
        this.busy = busy;
    }

    public boolean busy() {
        return busy;
    }
}
