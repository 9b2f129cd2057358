package dev.dyad.report.brief;

import dev.dyad.core.claims.ClaimActor;
import java.util.Locale;
import java.util.regex.Pattern;

/** Actor names as they read inside a sentence: "the United States", "NATO", "North Korea". */
final class ActorNames {
  // The same reading as dyad-core's claim statements, which keep theirs package-private.
  private static final Pattern ARTICLE =
      Pattern.compile(
          "^(United |Democratic Republic|Czech Republic|Central African)"
              + "|(Islands|Republic|Emirates|Union|Netherlands|Philippines|Bahamas|Maldives|Gambia)$");

  private ActorNames() {}

  static String phrase(ClaimActor actor) {
    String name = actor.name();
    boolean acronym = name.equals(name.toUpperCase(Locale.ROOT));
    boolean organisation = actor.code().startsWith("IGO") || actor.code().startsWith("NGO");
    return (organisation && !acronym) || ARTICLE.matcher(name).find() ? "the " + name : name;
  }

  /**
   * A generated statement placed after other words: "The United States …" → "the United States …".
   */
  static String inSentence(String statement) {
    return statement.startsWith("The ") ? "the " + statement.substring(4) : statement;
  }

  static String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
