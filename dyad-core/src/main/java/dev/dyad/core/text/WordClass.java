package dev.dyad.core.text;

/** The coarse part of speech the coder asks about: is this trigger used as a verb or a noun? */
public enum WordClass {
  VERB,
  NOUN,
  PROPER_NOUN,
  ADJECTIVE,
  OTHER;

  /** From a Universal Dependencies or Penn Treebank tag ("VERB", "VBD", "NNS", "PROPN"). */
  public static WordClass ofTag(String tag) {
    if (tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("VB") || tag.equals("MD")) {
      return VERB;
    }
    if (tag.equals("PROPN") || tag.startsWith("NNP")) {
      return PROPER_NOUN;
    }
    if (tag.equals("NOUN") || tag.startsWith("NN")) {
      return NOUN;
    }
    if (tag.equals("ADJ") || tag.startsWith("JJ")) {
      return ADJECTIVE;
    }
    return OTHER;
  }
}
