package dev.dyad.report.brief;

import java.util.regex.Pattern;

/**
 * Escapes text for Markdown: article sentences and titles are untrusted, and a stray asterisk,
 * bracket, pipe or angle bracket would otherwise turn into emphasis, a link, a table cell or HTML.
 */
final class MarkdownText {
  private static final String ACTIVE = "\\`*_[]<>|";
  // An ampersand matters only where it would start an entity ("&amp;", "&#60;").
  private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

  private MarkdownText() {}

  static String escape(String text) {
    String flat = text.replaceAll("\\s+", " ");
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (ACTIVE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return ENTITY.matcher(out).replaceAll("\\\\&");
  }
}
