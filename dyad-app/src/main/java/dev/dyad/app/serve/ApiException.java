package dev.dyad.app.serve;

/**
 * An answer other than 200, written as JSON {@code {error, message}}: {@code error} a short code
 * for programs, {@code message} a sentence for people (a 400 names the bad parameter).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  ApiException(int status, String error, String message) {
    super(message, null, false, false);
    this.status = status;
    this.error = error;
  }

  static ApiException badParameter(String name, String message) {
    return new ApiException(400, "bad_parameter", name + ": " + message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }
}
