package org.crosscheck.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on other threads, with its failure rethrown as it was thrown. */
final class Futures {

    private Futures() {
    }

    /**
     * The result of {@code future}; a runtime exception or error it failed with is rethrown as it
     * is, so that the caller's handlers see it; {@code doing} says what was awaited, for an interruption.
     */
    static <T> T get(Future<T> future, String doing) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
