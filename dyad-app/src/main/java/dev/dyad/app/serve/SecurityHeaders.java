package dev.dyad.app.serve;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries. The Content-Security-Policy allows no inline script or style
 * and nothing from another origin: article text is untrusted, and even if some of it slipped into
 * the page as markup, the browser would run none of it.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  static final Map<String, String> ALL =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer");

  private SecurityHeaders() {}

  static void apply(BiConsumer<String, String> header) {
    ALL.forEach(header);
  }
}
