package dev.dyad.core.claims;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorEntry;
import dev.dyad.core.actors.ActorKind;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces actor codes to country (or organisation) level and names them. Claims and assessments
 * compare states, not sectors: "North Korean troops" and "Pyongyang" are both North Korea.
 */
final class ClaimActors {
  // Names read with "the" in running text: the United States, the Philippines, the European Union.
  private static final Pattern ARTICLE =
      Pattern.compile(
          "^(United |Democratic Republic|Czech Republic|Central African)"
              + "|(Islands|Republic|Emirates|Union|Netherlands|Philippines|Bahamas|Maldives|Gambia)$");

  private final ActorDictionary dictionary;
  private final Set<String> bases = new HashSet<>();
  private final Set<String> organisations = new HashSet<>();

  ClaimActors(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    for (ActorEntry entry : dictionary.entries()) {
      if (entry.kind() == ActorKind.COUNTRY) {
        bases.add(entry.code());
      } else if (entry.kind() == ActorKind.ORGANIZATION && !entry.org().isEmpty()) {
        bases.add(entry.org());
        organisations.add(entry.org());
      }
    }
  }

  /** The longest known country or organisation code that {@code code} starts with, else itself. */
  String countryLevel(String code) {
    for (int end = code.length(); end >= 3; end--) {
      String prefix = code.substring(0, end);
      if (bases.contains(prefix)) {
        return prefix;
      }
    }
    return code;
  }

  ClaimActor actor(String code) {
    String level = countryLevel(code);
    return new ClaimActor(level, dictionary.entry(level).map(ActorEntry::name).orElse(level));
  }

  /** The name as it reads mid-sentence: "the United States", "NATO", "North Korea". */
  String phrase(ClaimActor actor) {
    String name = actor.name();
    boolean acronym = name.equals(name.toUpperCase(java.util.Locale.ROOT));
    boolean org = organisations.contains(actor.code());
    return (org && !acronym) || ARTICLE.matcher(name).find() ? "the " + name : name;
  }
}
