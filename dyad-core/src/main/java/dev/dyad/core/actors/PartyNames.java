package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Political parties, unions and professional associations named by their own name: a run of
 * capitalised words ending in "Association", "Federation", "Confederation" or "Syndicate" (labour),
 * or in "Party" ("the People Power Party", "the Labor Party", "Pakistan Peoples Party"), or "Party
 * of" and such a run ("the Party of National Unity"). Parties are too many and too short-lived to
 * list, and their names say what they are; a country word inside the name gives the country, else
 * the article's country does, as for any bare party word.
 */
final class PartyNames {
  private PartyNames() {}

  /** The longest a party's name may be, in words, "Party" included. */
  private static final int MAX_WORDS = 8;

  /** Small words inside a name: "Party for Freedom and Progress", "Party of the Regions". */
  private static final Set<String> INNER = Set.of("of", "for", "and", "the", "&", "-");

  /**
   * The end (exclusive) of a party's name that starts at token {@code start}, or -1 when none does.
   * The name starts with a capitalised word that is not "Party" itself, or is "Party" followed by
   * "of" and a capitalised word.
   */
  static int end(List<Token> tokens, int start) {
    if (!capitalised(tokens.get(start)) || tokens.get(start).key().equals("the")) {
      return -1;
    }
    int k = start;
    while (k < tokens.size() && k - start < MAX_WORDS) {
      Token t = tokens.get(k);
      if (t.form().equals("Party")) {
        int after = partyOf(tokens, k + 1);
        if (k > start || after > k + 1) {
          return after;
        }
        return -1;
      }
      if (BODIES.contains(t.form())) {
        return k > start && !sporting(tokens, start, k) ? k + 1 : -1;
      }
      if (capitalised(t) && !t.possessive()) {
        k++;
      } else if (k > start && INNER.contains(t.key()) && k + 1 < tokens.size()) {
        k++;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Heads of the names of unions and professional bodies ("the Ghana Medical Association", "the
   * Sudanese Professionals Association", "the National Teachers Federation"): labour, like a party
   * of its name's or the article's country. Not "Union": the dictionary lists the unions of states.
   */
  private static final Set<String> BODIES =
      Set.of("Association", "Federation", "Confederation", "Syndicate");

  /** Quirk: sports bodies ("Iranian Chess Federation", "Football Association") are not unions. */
  private static final Set<String> SPORTS =
      Set.of(
          "football",
          "soccer",
          "chess",
          "tennis",
          "athletics",
          "olympic",
          "cricket",
          "rugby",
          "basketball",
          "volleyball",
          "hockey",
          "golf",
          "boxing",
          "wrestling",
          "swimming",
          "cycling",
          "sports",
          "sport",
          "racing",
          "baseball",
          "badminton",
          "judo",
          "skating",
          "ski",
          "gymnastics",
          "handball",
          "motorsport",
          "automobile",
          "equestrian");

  private static boolean sporting(List<Token> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      if (SPORTS.contains(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** The sector of the name at [start, end): a party's, or labour's for a union or association. */
  static String sector(List<Token> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      if (tokens.get(k).form().equals("Party")) {
        return "PTY";
      }
    }
    return "LAB";
  }

  /** After "Party": "of" and a run of capitalised words, else {@code at} itself. */
  private static int partyOf(List<Token> tokens, int at) {
    if (at + 1 >= tokens.size() || !tokens.get(at).key().equals("of")) {
      return at;
    }
    int k = at + 1;
    if (tokens.get(k).key().equals("the") && k + 1 < tokens.size()) {
      k++;
    }
    int words = k;
    while (k < tokens.size() && k - at < MAX_WORDS && capitalised(tokens.get(k))) {
      k++;
      if (k + 1 < tokens.size()
          && INNER.contains(tokens.get(k).key())
          && !tokens.get(k).key().equals("of")
          && capitalised(tokens.get(k + 1))) {
        k++;
      }
    }
    return k > words ? k : at;
  }

  private static boolean capitalised(Token t) {
    String form = t.form();
    return !form.isEmpty()
        && Character.isUpperCase(form.codePointAt(0))
        && form.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '\'');
  }
}
