package dev.dyad.report.brief;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the cleaner noted web chrome in an article. Its warnings for dropped SEO notes, comment
 * areas, SEO closing lines and image captions, for broken HTML markup and for words run together
 * count; a date it could not read, an encoding fallback or an empty page do not. Plain chrome
 * lines ("close", "Hot Posts") are dropped without a note, so this is a lower bound.
 */
final class ChromeResidue {
  private static final Pattern CHROME = Pattern.compile(
      "^(dropped (SEO notes section|comment area|SEO closing line|\\d+ image caption)"
          + "|HTML markup errors|repaired \\d+ run-together word)");

  private ChromeResidue() {}

  static boolean noted(List<String> warnings) {
    return warnings.stream().anyMatch(w -> CHROME.matcher(w).find());
  }
}
