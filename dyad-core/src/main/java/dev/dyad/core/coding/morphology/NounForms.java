package dev.dyad.core.coding.morphology;

import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Tells a noun from a verb of the same spelling by the word before it: "the supplier of shells", "a
 * strike", "its supplies", "artillery shells" are nouns, so a verb pattern ("{S} … !shell") must
 * not read them as the act. Only the base and -s forms of such words are ambiguous: "shelled" and
 * "shelling" stay verbs ("the shelling of the port" is the act itself).
 */
public final class NounForms {
  private NounForms() {}

  /**
   * Verb forms that are also common nouns (base and -s forms; "shelled", "struck" and "shelling"
   * are verbs only for this purpose).
   */
  private static final Set<String> AMBIGUOUS =
      forms(
          "shell",
          "supply",
          "arm",
          "fire",
          "strike",
          "ship",
          "deal",
          "aid",
          "support",
          "attack",
          "raid",
          "bomb",
          "target",
          "hit",
          "export",
          "transfer",
          "pound",
          "trade",
          "visit",
          "protest",
          "sanction",
          "drill",
          "threat",
          "help",
          "pledge",
          "release",
          "return",
          "deploy",
          // Verbal and diplomatic acts whose noun is as common as the verb: "the demand that",
          // "a call on", "its offer of", "the appeal to" are not the speaker demanding or calling.
          "call",
          "demand",
          "request",
          "appeal",
          "offer",
          "promise",
          "vow",
          "order",
          "praise",
          "welcome",
          "host",
          "veto",
          "charge",
          "blame",
          "rebuke",
          "snub",
          "rebuff",
          "pardon",
          "talk",
          "guarantee",
          "dispute",
          "challenge",
          "probe",
          "back",
          "censure",
          "reproach",
          // "Clark's unsuccessful campaign for the nomination" is no one campaigning for a party.
          "campaign",
          "lobby");

  /**
   * The nouns of verbal acts are nouns after a possessive too: "Russia's offer to mediate", "Kyiv's
   * demand that …" report no offer or demand by the possessor in that clause. (Transfers and
   * strikes keep their verbal reading there: "North Korea's transfers of shells to Russia".)
   */
  private static final Set<String> VERBAL_ACTS =
      forms(
          "call",
          "demand",
          "request",
          "appeal",
          "offer",
          "promise",
          "vow",
          "order",
          "praise",
          "welcome",
          "host",
          "veto",
          "charge",
          "blame",
          "rebuke",
          "snub",
          "rebuff",
          "pardon",
          "talk",
          "guarantee",
          "dispute",
          "challenge",
          "probe",
          "back",
          "censure",
          "reproach");

  private static Set<String> forms(String... lemmas) {
    Set<String> out = new java.util.HashSet<>();
    for (String lemma : lemmas) {
      out.add(lemma);
      out.add(NounRules.plural(lemma));
    }
    return Set.copyOf(out);
  }

  /** Determiners, possessives and prepositions: a word after them heads a noun phrase. */
  private static final Set<String> BEFORE_NOUN =
      Set.of(
          "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "of",
          "for", "with", "from", "in", "on", "no", "any", "some", "more", "many", "few", "several",
          "such", "other", "further", "fresh");

  /** Words that modify a weapon or an attack noun: "artillery shells", "drone strikes". */
  private static final Set<String> MODIFIERS =
      Set.of(
          "artillery",
          "tank",
          "mortar",
          "rocket",
          "missile",
          "air",
          "drone",
          "cluster",
          "naval",
          "new",
          "heavy",
          "daily",
          "nightly",
          "repeated",
          "recent",
          "latest",
          "massive",
          "deadly",
          "retaliatory",
          "joint");

  /** Lower-case adjective endings ("military supplies", "economic aid"). */
  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("al", "ic", "ive", "ous", "ary", "ful");

  /** Whether the word at {@code pos} is a noun, by the word before it. */
  public static boolean isNounHere(List<Token> tokens, int pos) {
    if (pos == 0 || !AMBIGUOUS.contains(tokens.get(pos).key())) {
      return false;
    }
    Token before = tokens.get(pos - 1);
    String prev = before.key();
    if (BEFORE_NOUN.contains(prev) || MODIFIERS.contains(prev)) {
      return true;
    }
    if (before.possessive() && VERBAL_ACTS.contains(tokens.get(pos).key())) {
      return true;
    }
    boolean lowerCase = !before.form().isEmpty() && Character.isLowerCase(before.form().charAt(0));
    return lowerCase && ADJECTIVE_ENDINGS.stream().anyMatch(prev::endsWith);
  }
}
