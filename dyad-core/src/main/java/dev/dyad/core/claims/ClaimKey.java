package dev.dyad.core.claims;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.ontology.EventType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What two events must share to be one claim: the country-level dyad (unordered for symmetric
 * acts), the type, the mode, whether they are background history, and the calendar quarter they
 * fall in ({@link ClaimQuarter}). An event with no target has the empty string for {@code second}:
 * its claims have no target, and no dyadic key can be equal to theirs (actor codes are never
 * empty). Only events with the same key are ever compared, so merging costs time linear in the
 * events of each key, and the quarter keeps a key's events to what one quarter's news holds: a
 * store that merges a key again as reports arrive pays for the quarter, not for the years before
 * it.
 *
 * @param quarter the quarter as {@code 2024Q3}, or empty for an event with no date and no
 *     publication date
 */
record ClaimKey(
    String first,
    String second,
    EventType type,
    Optional<String> mode,
    boolean unordered,
    boolean historical,
    String quarter) {

  // Acts that PLOVER codes in both directions: one event per ordered pair, one claim per dyad.
  private static final Set<EventType> SYMMETRIC =
      EnumSet.of(EventType.CONSULT, EventType.COOPERATE, EventType.AGREE);

  static ClaimKey of(Event e, ClaimActors actors) {
    String source = actors.countryLevel(e.source().code());
    String target = e.target().map(t -> actors.countryLevel(t.code())).orElse("");
    // "Arms transfers between X and Y" is coded both ways too: the text gives no direction.
    // Signing and opening relations (PLOVER SUPPORT) are joint acts too: "X and Y signed a
    // treaty", "X and Y restored diplomatic relations".
    boolean signing =
        e.eventType() == EventType.SUPPORT
            && e.mode().filter(m -> m.equals("sign") || m.equals("relations")).isPresent();
    boolean unordered =
        e.dyadic()
            && (SYMMETRIC.contains(e.eventType()) || signing || e.pattern().contains(".between"));
    if (unordered && source.compareTo(target) > 0) {
      String swap = source;
      source = target;
      target = swap;
    }
    // An empty mode is no mode: both write the same key text.
    Optional<String> mode = e.mode().filter(m -> !m.isEmpty());
    String quarter = ClaimQuarter.of(ClaimPeriod.of(e), e.published());
    return new ClaimKey(source, target, e.eventType(), mode, unordered, e.historical(), quarter);
  }

  /** Whether the key's claims have a target. */
  boolean dyadic() {
    return !second.isEmpty();
  }

  /** Whether objects must match exactly: the symmetric types are too broad to assume them. */
  boolean strictObjects() {
    return SYMMETRIC.contains(type);
  }

  /**
   * The key {@link #text()} wrote.
   *
   * @throws IllegalArgumentException if {@code text} is not a key's text
   */
  static ClaimKey parse(String text) {
    String[] p = text.split("\\|", -1);
    if (p.length < 6
        || p.length > 7
        || !(p[4].equals("sym") || p[4].equals("dir"))
        || !(p[5].equals("hist") || p[5].equals("now"))
        || (p.length == 7 && !ClaimQuarter.isQuarter(p[6]))) {
      throw new IllegalArgumentException("not a claim key: " + text);
    }
    return new ClaimKey(
        p[0],
        p[1],
        EventType.valueOf(p[2]),
        p[3].isEmpty() ? Optional.empty() : Optional.of(p[3]),
        p[4].equals("sym"),
        p[5].equals("hist"),
        p.length == 7 ? p[6] : "");
  }

  /**
   * The key as text: {@code source|target|TYPE|mode|sym or dir|hist or now|quarter}, the quarter
   * left out (with its bar) when the events have none.
   */
  String text() {
    String dyad = dyadText();
    return quarter.isEmpty() ? dyad : dyad + "|" + quarter;
  }

  /**
   * The key without its quarter: what a claim's id is made from (with its founding event), so that
   * ids did not change when keys gained the quarter. The founding event alone is unique.
   */
  String dyadText() {
    return String.join(
        "|",
        first,
        second,
        type.name(),
        mode.orElse(""),
        unordered ? "sym" : "dir",
        historical ? "hist" : "now");
  }
}
