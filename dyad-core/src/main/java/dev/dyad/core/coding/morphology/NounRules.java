package dev.dyad.core.coding.morphology;

/** English spelling rules for regular noun plurals; the irregular table overrides them. */
final class NounRules {

  private NounRules() {}

  /** The regular plural: troops, allies, crashes, crises, spokesmen. */
  static String plural(String lemma) {
    if (lemma.endsWith("man")) {
      return VerbRules.chop(lemma, 3) + "men"; // exceptions (human, German) are in the table
    }
    if (lemma.length() > 3 && lemma.endsWith("sis")) {
      return VerbRules.chop(lemma, 3) + "ses";
    }
    if (VerbRules.endsInSibilant(lemma)) {
      return lemma + "es";
    }
    if (VerbRules.endsInConsonantThen(lemma, 'y')) {
      return VerbRules.chop(lemma, 1) + "ies";
    }
    return lemma + "s";
  }
}
