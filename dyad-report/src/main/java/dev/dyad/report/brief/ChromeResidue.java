package dev.dyad.report.brief;

import dev.dyad.core.model.Warning.Code;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the cleaner noted web chrome in an article. Its warnings for dropped SEO notes, comment
 * areas, SEO closing lines and image captions, for broken HTML markup and for words run together
 * count; a date it could not read, an encoding fallback or an empty page do not. Plain chrome lines
 * ("close", "Hot Posts") are dropped without a note, so this is a lower bound.
 */
final class ChromeResidue {
  private static final Set<Code> CHROME =
      EnumSet.of(
          Code.SEO_NOTES_DROPPED,
          Code.COMMENT_AREA_DROPPED,
          Code.SEO_CLOSING_DROPPED,
          Code.CAPTIONS_DROPPED,
          Code.MARKUP_ERRORS,
          Code.WORDS_REPAIRED);

  private ChromeResidue() {}

  /**
   * @param warnings the messages the store keeps, read back to their codes
   */
  static boolean noted(List<String> warnings) {
    return warnings.stream().map(Code::of).anyMatch(CHROME::contains);
  }
}
