package dev.dyad.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Knows which words ending in a full stop are abbreviations and how each may end a sentence. */
final class Abbreviations {

  /** How an abbreviation's full stop behaves before a sentence break. */
  enum Role {
    /** Not an abbreviation: its full stop is an ordinary terminator. */
    NONE,
    /** Always needs what follows: titles and initials ("Gen. Kim", "John F. Kennedy", "e.g."). */
    NEVER_FINAL,
    /** Ends a sentence unless a number follows ("No. 2", "Jan. 5", "Vol. 3"). */
    BEFORE_NUMBER,
    /**
     * Often inside a name ("U.S. President", "U.N. Security Council", "Acme Corp. said"): ends a
     * sentence only when a capitalised function word or a quote follows ("…the U.S. The next…").
     */
    INSIDE_NAME
  }

  // Lower-cased, without the final full stop.
  private static final Set<String> NEVER_FINAL =
      Set.of(
          "gen", "lt", "col", "maj", "adm", "sgt", "capt", "cpl", "pvt", "cmdr", "brig", "gov",
          "sen", "rep", "pres", "amb", "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "st", "mt",
          "e.g", "i.e", "vs", "approx", "cf");

  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "no", "nos", "vol", "fig", "pp", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  private static final Set<String> INSIDE_NAME =
      Set.of(
          "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e", "d.c", "inc", "ltd", "co", "corp", "plc",
          "jr", "sr", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  // Quirk: acronyms not in the lists ("N.Y.", "S.C.") behave like "U.S.".
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){1,5}\\p{L}");

  private Abbreviations() {}

  /**
   * The role of {@code word}, a whitespace-delimited token ending in a full stop with any leading
   * brackets or quotes removed.
   */
  static Role roleOf(String word) {
    int n = word.length();
    if (n < 2 || word.charAt(n - 1) != '.') {
      return Role.NONE;
    }
    String stem = word.substring(0, n - 1);
    if (stem.length() == 1 && Character.isUpperCase(stem.charAt(0))) {
      return Role.NEVER_FINAL; // an initial
    }
    String key = stem.toLowerCase(Locale.ROOT);
    // Quirk: "sun.", "sat.", "mar." and "no." are also plain words; only capitalised ones count,
    // so "He sat in the sun. Kim left." still splits.
    boolean capitalised = Character.isUpperCase(stem.charAt(0));
    if (NEVER_FINAL.contains(key)) {
      return Role.NEVER_FINAL;
    }
    if (capitalised && BEFORE_NUMBER.contains(key)) {
      return Role.BEFORE_NUMBER;
    }
    if ((capitalised && INSIDE_NAME.contains(key)) || DOTTED_ACRONYM.matcher(stem).matches()) {
      return Role.INSIDE_NAME;
    }
    return Role.NONE;
  }
}
