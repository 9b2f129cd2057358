package dev.dyad.core.coding.mentions;

import dev.dyad.core.actors.ActorKind;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.actors.ActorMention;
import java.util.List;
import java.util.Set;

/**
 * One actor that can fill a pattern slot.
 *
 * @param code the actor code
 * @param country the country part of the code, or the code itself for organisations
 * @param text the words that named it in the coded sentence
 * @param kind what the dictionary entry names (a person, a country…)
 * @param historical whether it is a state that no longer exists (the Soviet Union)
 * @param plural whether the naming words are plural ("North Korean troops")
 * @param privatePerson whether it is a private person named by a common noun ("a man", "the
 *     driver"): a civilian who may only be the target of a coercive or violent act
 * @param namedPrivate whether it is a named private person the dictionary does not list ("Kyle
 *     Rittenhouse, a resident of Antioch"), see {@link dev.dyad.core.actors.UnlistedPeople}
 */
public record Party(
    String code,
    String country,
    String text,
    ActorKind kind,
    boolean historical,
    boolean plural,
    boolean privatePerson,
    boolean namedPrivate) {

  public Party(
      String code,
      String country,
      String text,
      ActorKind kind,
      boolean historical,
      boolean plural,
      boolean privatePerson) {
    this(code, country, text, kind, historical, plural, privatePerson, false);
  }

  public Party(
      String code,
      String country,
      String text,
      ActorKind kind,
      boolean historical,
      boolean plural) {
    this(code, country, text, kind, historical, plural, false);
  }

  // Quirk: historical states are also recognised by code, for entries (people, roles) whose
  // own validity dates say nothing about the state.
  private static final Set<String> HISTORICAL_STATES = Set.of("USR", "YUG", "CSK", "DDR", "SCG");

  /** Words that tie role words to their place ("police in Lahore", "rebels of Darfur"). */
  private static final List<String> PLACE_TIES = List.of(" in ", " of ", " from ", " near ");

  /** Plural nouns that do not end in -s: "Police said they …", "three men". */
  private static final Set<String> PLURAL_NOUNS =
      Set.of("police", "people", "men", "women", "children", "personnel", "gunmen", "policemen");

  static Party of(ActorMention m) {
    String country = m.actor().country().isEmpty() ? m.actor().code() : m.actor().country();
    boolean historical =
        (m.entry().kind() == ActorKind.COUNTRY && m.entry().to().isPresent())
            || HISTORICAL_STATES.contains(country);
    // The head is the role words before a place tied to them: "police in Lahore" is plural as
    // "police" is, whatever the place's name ends with.
    String head = m.text();
    for (String tie : PLACE_TIES) {
      int at = head.indexOf(tie);
      if (at > 0) {
        head = head.substring(0, at);
      }
    }
    String last = head.substring(head.lastIndexOf(' ') + 1);
    boolean plural =
        (!m.actor().sector().isEmpty()
                && ((last.length() > 3 && last.endsWith("s") && !last.endsWith("ss"))
                    || PLURAL_NOUNS.contains(last.toLowerCase(java.util.Locale.ROOT))))
            || peopleByDemonym(m);
    return new Party(
        m.actor().code(),
        country,
        m.text(),
        m.entry().kind(),
        historical,
        plural,
        m.entry().code().equals(ActorMatcher.PRIVATE_PERSON),
        dev.dyad.core.actors.UnlistedPeople.isNamedPrivate(m.entry()));
  }

  /**
   * "Israelis", "Filipinos": a state named by the plural of its demonym is its people. A one-word
   * alias in -s that is not the state's own name ("Philippines", "Honduras").
   */
  private static boolean peopleByDemonym(ActorMention m) {
    String text = m.text();
    return m.entry().kind() == ActorKind.COUNTRY
        && m.actor().sector().isEmpty()
        && text.length() > 4
        && text.endsWith("s")
        && !text.endsWith("ss")
        && text.indexOf(' ') < 0
        && !text.equals(m.entry().name());
  }

  /** The same actor named by other words (a reference such as "the two countries"). */
  Party namedAs(String words) {
    return new Party(code, country, words, kind, historical, plural, privatePerson, namedPrivate);
  }

  /**
   * This state with {@code sector} added, when it is a bare state named as such; any other actor (a
   * person, an organ, an organisation) keeps its own code.
   */
  Party withSector(String sector) {
    if (kind != ActorKind.COUNTRY || !code.equals(country) || country.length() != 3) {
      return this;
    }
    return new Party(country + sector, country, text, kind, historical, true, privatePerson);
  }

  /** The bare state: "the two countries" names countries, not their governments. */
  public Party asCountry(String words) {
    if (country.length() != 3) {
      return namedAs(words);
    }
    return new Party(country, country, words, ActorKind.COUNTRY, historical, false);
  }

  /**
   * The civilians of the state ("protests broke out in Lagos": Nigeria's people protest, NGACVL);
   * an organisation stays itself.
   */
  public Party asCivilians() {
    if (country.length() != 3) {
      return this;
    }
    return new Party(country + "CVL", country, text, ActorKind.ROLE, historical, true);
  }

  /** The state's government ("the regime", "the three leaders"). */
  Party asGovernment(String words) {
    return new Party(
        country.length() == 3 ? country + "GOV" : code, country, words, kind, historical, false);
  }

  boolean isState() {
    return kind == ActorKind.COUNTRY
        || kind == ActorKind.PERSON
        || kind == ActorKind.INSTITUTION
        || kind == ActorKind.ROLE;
  }
}
