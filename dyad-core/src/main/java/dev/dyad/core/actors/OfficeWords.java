package dev.dyad.core.actors;

import java.util.Set;

/**
 * Offices news writes with no article before "of" or "for" to describe a name ("Katsuya Okada,
 * leader of the main opposition party,", ", head of the electoral commission,"). Shared by the
 * actor reader, which makes such a description a person's, and the coder's fillers, which let it
 * stand between a subject and its verb.
 */
public final class OfficeWords {
  private OfficeWords() {}

  /** The office words; each describes only with "of" or "for" after it. */
  public static final Set<String> HEADS =
      Set.of(
          "leader",
          "head",
          "chairman",
          "chairwoman",
          "chair",
          "president",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "member",
          "chief",
          "secretary",
          "secretary-general",
          "director",
          "founder",
          "co-founder",
          "commander",
          "governor",
          "mayor",
          "minister",
          "deputy",
          "coordinator");

  /** Whether the office word at {@code key} is followed by {@code next} = "of" or "for". */
  public static boolean describes(String key, String next) {
    return HEADS.contains(key) && (next.equals("of") || next.equals("for"));
  }
}
