package dev.dyad.core.query;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which claims to select. Every filter is optional; present ones must all hold. A store selects
 * with it in SQL; {@link #matches} says the same of a claim in memory.
 *
 * @param actor an actor code that source or target starts with ({@code RUS} matches {@code RUSGOV})
 * @param dyad two codes, in either order
 * @param type a PLOVER event type
 * @param status how well supported
 * @param modality claims with at least one document of this modality
 * @param since claims last reported on or after this day
 * @param until claims first reported on or before this day
 * @param text words in the statement or an evidence sentence, case-insensitive
 */
public record ClaimQuery(
    Optional<String> actor,
    Optional<EventQuery.Dyad> dyad,
    Optional<EventType> type,
    Optional<ClaimStatus> status,
    Optional<Modality> modality,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<String> text) {

  /** Every claim. */
  public static final ClaimQuery ALL =
      new ClaimQuery(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public ClaimQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(text, "text");
  }

  public ClaimQuery withActor(String code) {
    return new ClaimQuery(Optional.of(code), dyad, type, status, modality, since, until, text);
  }

  public ClaimQuery withDyad(String a, String b) {
    return new ClaimQuery(
        actor, Optional.of(new EventQuery.Dyad(a, b)), type, status, modality, since, until, text);
  }

  public ClaimQuery withType(EventType t) {
    return new ClaimQuery(actor, dyad, Optional.of(t), status, modality, since, until, text);
  }

  public ClaimQuery withStatus(ClaimStatus s) {
    return new ClaimQuery(actor, dyad, type, Optional.of(s), modality, since, until, text);
  }

  public ClaimQuery withModality(Modality m) {
    return new ClaimQuery(actor, dyad, type, status, Optional.of(m), since, until, text);
  }

  /** Claims reported within these days; either end may be absent. */
  public ClaimQuery within(Optional<LocalDate> from, Optional<LocalDate> to) {
    return new ClaimQuery(actor, dyad, type, status, modality, from, to, text);
  }

  public ClaimQuery withText(String words) {
    return new ClaimQuery(actor, dyad, type, status, modality, since, until, Optional.of(words));
  }

  /** Whether the claim passes every filter (the store also narrows in SQL first). */
  public boolean matches(Claim c) {
    return actor
            .map(
                a ->
                    c.source().code().startsWith(a)
                        || c.target().filter(t -> t.code().startsWith(a)).isPresent())
            .orElse(true)
        // A claim with no target is no dyad's.
        && dyad.map(
                d -> c.target().filter(t -> between(d, c.source().code(), t.code())).isPresent())
            .orElse(true)
        && type.map(t -> c.eventType() == t).orElse(true)
        && status.map(s -> c.status() == s).orElse(true)
        && modality.map(m -> c.modalityProfile().getOrDefault(m, 0) > 0).orElse(true)
        && since
            .map(d -> c.lastReported().map(r -> !LocalDate.parse(r).isBefore(d)).orElse(false))
            .orElse(true)
        && until
            .map(d -> c.firstReported().map(r -> !LocalDate.parse(r).isAfter(d)).orElse(false))
            .orElse(true)
        && text.map(
                w ->
                    contains(c.statement(), w)
                        || c.mentions().stream().anyMatch(m -> contains(m.sentence(), w)))
            .orElse(true);
  }

  static boolean between(EventQuery.Dyad d, String source, String target) {
    return source.startsWith(d.a()) && target.startsWith(d.b())
        || source.startsWith(d.b()) && target.startsWith(d.a());
  }

  static boolean contains(String haystack, String words) {
    return haystack.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
  }
}
