package dev.dyad.store;

/** The store could not be opened, read or written; the message says which store and why. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
