package dev.dyad.core.query;

import dev.dyad.core.coding.Event;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Which events to select. Every filter is optional; present ones must all hold. Codes, type and
 * modality are compared ignoring case and surrounding spaces. A store selects with it in SQL;
 * {@link #matches} says the same of an event in memory.
 *
 * @param actor an actor code that source or target starts with ({@code RUS} matches {@code RUSGOV})
 * @param dyad two codes, in either order: one side starts with the first, the other with the second
 * @param type a PLOVER event type ({@code AID})
 * @param modality a modality label ({@code reported})
 * @param since events dated on or after this day; a month- or year-precise date matches when its
 *     period reaches this day. Undated events use the publication date.
 * @param until events dated on or before this day, likewise
 */
public record EventQuery(
    Optional<String> actor,
    Optional<Dyad> dyad,
    Optional<String> type,
    Optional<String> modality,
    Optional<LocalDate> since,
    Optional<LocalDate> until) {

  /** A pair of actor code prefixes. */
  public record Dyad(String a, String b) {}

  public static final EventQuery ALL =
      new EventQuery(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /** Whether the event passes every filter. An event with neither date passes no date filter. */
  public boolean matches(Event e) {
    String source = e.source().code();
    // An event with no target matches an actor filter by its source, and no dyad filter.
    String target = e.targetCode();
    Optional<String> dated = e.date().or(() -> e.published().map(LocalDate::toString));
    return actor
            .map(EventQuery::code)
            .map(a -> source.startsWith(a) || (target != null && target.startsWith(a)))
            .orElse(true)
        && dyad.map(
                d ->
                    target != null
                        && ClaimQuery.between(new Dyad(code(d.a()), code(d.b())), source, target))
            .orElse(true)
        && type.map(t -> e.eventType().name().equals(code(t))).orElse(true)
        && modality
            .map(m -> e.modality().label().equals(m.strip().toLowerCase(Locale.ROOT)))
            .orElse(true)
        && since.map(d -> dated.map(x -> x.compareTo(prefix(d, x)) >= 0).orElse(false)).orElse(true)
        && until
            .map(d -> dated.map(x -> x.compareTo(prefix(d, x)) <= 0).orElse(false))
            .orElse(true);
  }

  /** The code as stored: upper case, no surrounding spaces. */
  public static String code(String c) {
    return c.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * The day cut to the precision of {@code date} ("2024-10" for a month): a month- or year-precise
   * date compares with the day's month or year.
   */
  private static String prefix(LocalDate day, String date) {
    String d = day.toString();
    return d.substring(0, Math.min(d.length(), date.length()));
  }
}
