package dev.dyad.core.coding.morphology;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** English spelling rules for regular verb inflections; the irregular table overrides them. */
final class VerbRules {

  // One syllable ending consonant-vowel-consonant doubles the consonant (ship -> shipped);
  // "qu" counts as a consonant (quit), and w, x, y and c never double (row, fix, play, sync).
  private static final Pattern DOUBLES = Pattern.compile("(?:qu|[^aeiou])*[aeiou][bdfgklmnprstvz]");

  // -ise verbs that have no -ize spelling.
  private static final Set<String> ONLY_ISE =
      Set.of(
          "advise",
          "devise",
          "revise",
          "excise",
          "incise",
          "despise",
          "chastise",
          "comprise",
          "compromise",
          "exercise",
          "franchise",
          "improvise",
          "merchandise",
          "premise",
          "promise",
          "supervise",
          "surmise",
          "surprise",
          "televise",
          "enterprise",
          "advertise",
          "circumcise",
          "concise",
          "precise",
          "expertise",
          "treatise",
          "reprise",
          "demise",
          "paradise",
          "anise");

  private VerbRules() {}

  /** Third person singular present: pushes, supplies, vetoes, provides. */
  static String present(String lemma) {
    if (endsInSibilant(lemma) || endsInConsonantThen(lemma, 'o')) {
      return lemma + "es";
    }
    if (endsInConsonantThen(lemma, 'y')) {
      return chop(lemma, 1) + "ies";
    }
    return lemma + "s";
  }

  /** Past tense and past participle: provided, supplied, shipped, deployed. */
  static String past(String lemma) {
    if (lemma.endsWith("e")) {
      return lemma + "d";
    }
    if (endsInConsonantThen(lemma, 'y')) {
      return chop(lemma, 1) + "ied";
    }
    return doubled(lemma) + "ed";
  }

  /** Present participle: providing, agreeing, tying, shipping. */
  static String ing(String lemma) {
    if (lemma.length() > 2 && lemma.endsWith("ie")) {
      return chop(lemma, 2) + "ying";
    }
    if (lemma.length() > 2 && lemma.endsWith("e") && !endsInAny(lemma, "ee", "ye", "oe")) {
      return chop(lemma, 1) + "ing";
    }
    return doubled(lemma) + "ing";
  }

  /** The other spelling of an -ize/-ise or -yze/-yse verb (mobilize, analyse), if it has one. */
  static Optional<String> spellingVariant(String lemma) {
    if (lemma.length() <= 5) {
      return Optional.empty(); // size, seize, prize, rise, raise: not the suffix
    }
    String stem = chop(lemma, 3);
    if (lemma.endsWith("ize") && !lemma.endsWith("size")) {
      return Optional.of(stem + "ise");
    }
    if (lemma.endsWith("ise") && !ONLY_ISE.contains(lemma)) {
      char before = stem.charAt(stem.length() - 1);
      // praise, cruise, poise, otherwise: no -ize spelling
      return isVowel(before) || before == 'w' ? Optional.empty() : Optional.of(stem + "ize");
    }
    if (lemma.endsWith("yze")) {
      return Optional.of(stem + "yse");
    }
    if (lemma.endsWith("yse")) {
      return Optional.of(stem + "yze");
    }
    return Optional.empty();
  }

  private static String doubled(String lemma) {
    return DOUBLES.matcher(lemma).matches() ? lemma + lemma.charAt(lemma.length() - 1) : lemma;
  }

  static boolean endsInSibilant(String word) {
    return endsInAny(word, "s", "x", "z", "ch", "sh");
  }

  static boolean endsInConsonantThen(String word, char last) {
    int n = word.length();
    return n >= 2 && word.charAt(n - 1) == last && !isVowel(word.charAt(n - 2));
  }

  private static boolean endsInAny(String word, String... endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  static String chop(String word, int n) {
    return word.substring(0, word.length() - n);
  }
}
