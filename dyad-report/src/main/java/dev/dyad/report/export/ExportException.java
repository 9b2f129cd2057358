package dev.dyad.report.export;

/** An export that could not be written: the writer failed underneath the format. */
public final class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
