package dev.dyad.report.brief;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Escaping for HTML text and attribute values, and which URIs may become links. */
final class Html {
  private Html() {}

  /** Text safe in element content and in double- or single-quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The URI when it may be a link: http or https only, so that an article cannot smuggle in a
   * {@code javascript:} or {@code data:} link; a path it was read from stays text.
   */
  static Optional<String> linkable(String uri) {
    try {
      String scheme = new URI(uri.strip()).getScheme();
      return scheme != null
              && (scheme.toLowerCase(Locale.ROOT).equals("http")
                  || scheme.toLowerCase(Locale.ROOT).equals("https"))
          ? Optional.of(uri.strip())
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
