package dev.dyad.core.query;

import dev.dyad.core.claims.Assessment;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which assessments to select. Every filter is optional; present ones must all hold. A store
 * selects with it; {@link #matches} says the same of an assessment in memory.
 *
 * @param actor a code that one of the assessment's actors starts with
 * @param dyad two codes both among its actors
 * @param topic a topic id ({@code arms-race})
 * @param since assessments voiced on or after this day (by a mention's publication date)
 * @param until assessments voiced on or before this day
 * @param text words in the statement or a sentence that voices it, case-insensitive
 */
public record AssessmentQuery(
    Optional<String> actor,
    Optional<EventQuery.Dyad> dyad,
    Optional<String> topic,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<String> text) {

  /** Every assessment. */
  public static final AssessmentQuery ALL =
      new AssessmentQuery(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public AssessmentQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(text, "text");
  }

  public AssessmentQuery withActor(String code) {
    return new AssessmentQuery(Optional.of(code), dyad, topic, since, until, text);
  }

  public AssessmentQuery withDyad(String a, String b) {
    return new AssessmentQuery(
        actor, Optional.of(new EventQuery.Dyad(a, b)), topic, since, until, text);
  }

  public AssessmentQuery withTopic(String id) {
    return new AssessmentQuery(actor, dyad, Optional.of(id), since, until, text);
  }

  /** Assessments voiced within these days; either end may be absent. */
  public AssessmentQuery within(Optional<LocalDate> from, Optional<LocalDate> to) {
    return new AssessmentQuery(actor, dyad, topic, from, to, text);
  }

  public AssessmentQuery withText(String words) {
    return new AssessmentQuery(actor, dyad, topic, since, until, Optional.of(words));
  }

  /** Whether the assessment passes every filter. An undated mention passes the date filters. */
  public boolean matches(Assessment a) {
    return actor.map(x -> a.actors().stream().anyMatch(c -> c.startsWith(x))).orElse(true)
        && dyad.map(
                d ->
                    a.actors().stream().anyMatch(c -> c.startsWith(d.a()))
                        && a.actors().stream().anyMatch(c -> c.startsWith(d.b())))
            .orElse(true)
        && topic.map(t -> a.topic().equals(t)).orElse(true)
        && (since.isEmpty() && until.isEmpty()
            || a.mentions().stream()
                .anyMatch(
                    m ->
                        m.published()
                            .map(
                                p ->
                                    since.map(s -> !p.isBefore(s)).orElse(true)
                                        && until.map(u -> !p.isAfter(u)).orElse(true))
                            .orElse(true)))
        && text.map(
                w ->
                    ClaimQuery.contains(a.statement(), w)
                        || a.mentions().stream()
                            .anyMatch(m -> ClaimQuery.contains(m.sentence(), w)))
            .orElse(true);
  }
}
