package dev.dyad.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which stored events to read. Every filter is optional; present ones must all hold.
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
      new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
