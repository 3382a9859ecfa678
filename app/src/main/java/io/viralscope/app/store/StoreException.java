package io.viralscope.app.store;

/** The store could not be read or written; the message says which file and why. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
