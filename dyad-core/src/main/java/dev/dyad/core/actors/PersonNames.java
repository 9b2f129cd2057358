package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import dev.dyad.core.time.CalendarWords;
import java.util.List;
import java.util.Set;

/**
 * Recognises a person's name after a title when the dictionary does not list the person: "President
 * Askar Akayev", "Gen. Ratko Mladic", "Defence Minister Ana Ruiz", "President Omar al-Bashir". A
 * name is one to four capitalised words, joined by hyphens or by the lower-case particles of
 * Arabic, Dutch, Spanish and German names.
 */
final class PersonNames {
  private static final int MAX_WORDS = 4;

  /** Lower-case words that may sit inside a name ("Omar al-Bashir", "Ursula von der Leyen"). */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "da", "dos", "das", "do",
          "di", "du", "la", "le", "van", "von", "der", "den", "ter", "y");

  /**
   * Capitalised words that follow a title without being a name: days, months, and the nouns of
   * bodies ("General Assembly", "General Motors", "President Hotel").
   */
  private static final Set<String> NOT_NAMES = notNames();

  private static Set<String> notNames() {
    // Months in full only: "Jan" and "Mar" may be names ("President Jan Fischer").
    Set<String> words = new java.util.HashSet<>(CalendarWords.WEEKDAYS);
    words.addAll(CalendarWords.MONTH_NAMES);
    words.addAll(
        Set.of(
            "the",
            "a",
            "an",
            "and",
            "or",
            "but",
            "he",
            "she",
            "it",
            "they",
            "we",
            "his",
            "her",
            "their",
            "its",
            "in",
            "on",
            "at",
            "of",
            "for",
            "to",
            "with",
            "said",
            "says",
            "told",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sir",
            "assembly",
            "council",
            "committee",
            "court",
            "party",
            "ministry",
            "office",
            "department",
            "motors",
            "electric",
            "dynamics",
            "staff",
            "command",
            "corps",
            "army",
            "forces",
            "bank",
            "union",
            "commission",
            "agency",
            "affairs",
            "development",
            "security",
            "defence",
            "defense",
            "republic",
            "kingdom",
            "state",
            "states",
            "house",
            "university",
            "college",
            "hospital",
            "airport",
            "street",
            "hotel",
            "administration",
            "government",
            "cabinet",
            "palace",
            "secretariat",
            "directorate",
            "general",
            "minister",
            "ministers",
            "foreign",
            "interior",
            "prime",
            "vice",
            "deputy",
            "acting",
            "former",
            "new",
            "then",
            "elect",
            "emeritus",
            "today",
            "yesterday",
            "tomorrow",
            "this",
            "that",
            "these",
            "those",
            "who",
            "which",
            "whose",
            "when",
            "while",
            "after",
            "before",
            "as",
            "by",
            "from",
            "into",
            "over",
            "under",
            "i",
            "ii",
            "iii",
            "iv",
            "jr",
            "sr",
            "christmas",
            "easter",
            "ramadan",
            "eid"));
    return Set.copyOf(words);
  }

  private PersonNames() {}

  /** A word that starts with a capital letter and is not all punctuation. */
  static boolean capitalised(Token token) {
    String form = token.form();
    return !form.isEmpty() && Character.isUpperCase(form.codePointAt(0));
  }

  /**
   * The tokens of a name starting at {@code start}, or an empty list. A single capital followed by
   * a dot is an initial ("George W. Bush").
   */
  static List<Token> at(List<Token> tokens, int start) {
    int end = start;
    int words = 0;
    while (end < tokens.size() && words < MAX_WORDS) {
      Token t = tokens.get(end);
      if (isNameWord(t)) {
        words++;
        end++;
        if (end < tokens.size() && t.form().length() == 1 && tokens.get(end).form().equals(".")) {
          end++; // an initial's dot
        }
        continue;
      }
      // A particle or a hyphen joins two name words: "al-Bashir", "bin Laden", "von der Leyen".
      int join = end;
      while (join < tokens.size()
          && (PARTICLES.contains(tokens.get(join).key()) || tokens.get(join).form().equals("-"))
          && join - end < 3) {
        join++;
      }
      if (join > end && words > 0 && join < tokens.size() && isNameWord(tokens.get(join))) {
        end = join;
        continue;
      }
      // Quirk: a name may begin with its particle ("al-Bashir" after "President Omar" is caught
      // above; "President al-Assad" here).
      if (words == 0 && join > end && join < tokens.size() && isNameWord(tokens.get(join))) {
        end = join;
        continue;
      }
      break;
    }
    if (words == 0) {
      return List.of();
    }
    // Drop an initial's dot at the end ("Gen. X." never happens; "President Y." ends a sentence
    // but only after a full word, which is not an initial).
    return tokens.subList(start, end);
  }

  /** A capitalised word that may be part of a name: not an acronym, a day, a body's noun. */
  static boolean isNameWord(Token t) {
    String form = t.form();
    if (form.isEmpty()
        || !Character.isUpperCase(form.codePointAt(0))
        || NOT_NAMES.contains(t.key())) {
      return false;
    }
    // Quirk: all-capital words of three letters or more are acronyms (NATO, UNHCR), not names;
    // a one-letter capital is an initial.
    if (form.length() >= 3 && form.equals(form.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int k = 0; k < form.length(); k++) {
      if (!Character.isLetter(form.charAt(k)) && form.charAt(k) != '\'') {
        return false;
      }
    }
    return true;
  }
}
