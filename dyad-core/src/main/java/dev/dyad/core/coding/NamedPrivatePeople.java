package dev.dyad.core.coding;

import dev.dyad.core.coding.mentions.Party;
import dev.dyad.core.coding.ontology.EventType;
import java.util.Set;

/**
 * What a named private person the dictionary does not list may do and suffer ("Kyle Rittenhouse, a
 * resident of Antioch", see {@link dev.dyad.core.actors.UnlistedPeople}). A private citizen is the
 * target of coercion, violence, accusation, threats, praise, pardons and of being released, and the
 * source of violence, accusations (suing, accusing) and protest, and at home of praise, appeals,
 * refusals and threats; never of diplomacy (consulting, aid, sanctions, agreements), which is done
 * by states and their officials.
 */
final class NamedPrivatePeople {
  /** Acts a named private person may do. */
  private static final Set<EventType> DOES =
      Set.of(EventType.ASSAULT, EventType.ACCUSE, EventType.PROTEST);

  /**
   * Acts a named private person may do to people and bodies of their own country: the praise,
   * appeals, refusals and threats of a country's own politics ("the activist urged the mayor to
   * resign"), never a citizen's opinion of a foreign state.
   */
  private static final Set<EventType> DOES_AT_HOME =
      Set.of(EventType.SUPPORT, EventType.REQUEST, EventType.REJECT, EventType.THREATEN);

  /** Acts a named private person may suffer. */
  private static final Set<EventType> SUFFERS =
      Set.of(
          EventType.COERCE,
          EventType.ASSAULT,
          EventType.ACCUSE,
          EventType.THREATEN,
          EventType.RETREAT,
          EventType.CONCEDE,
          EventType.SUPPORT);

  private NamedPrivatePeople() {}

  /** Whether an event of {@code type} may have this source and target (null: no target). */
  static boolean allowed(EventType type, Party source, Party target) {
    if (source.namedPrivate()
        && !DOES.contains(type)
        && !(DOES_AT_HOME.contains(type)
            && target != null
            && source.country().equals(target.country()))) {
      return false;
    }
    return target == null || !target.namedPrivate() || SUFFERS.contains(type);
  }

  /**
   * Whether two parties with one code are two sides because one is a named private person and the
   * other is not ("Rittenhouse shot two people": both USACVL, yet two sides).
   */
  static boolean twoSides(Party a, Party b) {
    return a.namedPrivate() != b.namedPrivate();
  }

  /**
   * Whether a named private person attacks a private person named by a common noun ("Usman Khan
   * stabbed a man"): violence between citizens, which the rules for common-noun people alone would
   * not let through.
   */
  static boolean attacksPrivatePerson(EventType type, Party source, Party target) {
    return type == EventType.ASSAULT
        && source.namedPrivate()
        && target != null
        && target.privatePerson();
  }
}
