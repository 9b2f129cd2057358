package dev.dyad.core.time;

import dev.dyad.core.model.EventDate;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.text.Token;
import dev.dyad.core.time.Timex.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Dates an event from its sentence, relative to the article's publication date, and tells
 * background ("during the Cold War", "in 1984") from news.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A date or named period in the event's clause, the one nearest the trigger; a calendar or
 *       relative date beats a named period ("entered the Korean War in October 1950" is 1950-10).
 *       Basis {@code TEXT}.
 *   <li>Else an era cue in the event's clause ("Soviet pilots") makes it historical; the date, if
 *       any, comes from another clause.
 *   <li>Else the date nearest the trigger anywhere in the sentence ("In 2000, Putin …").
 *   <li>Else the publication date (basis {@code PUBLISHED}, never historical): its day, or the
 *       month both readings of an ambiguous date share, else nothing (basis {@code NONE}).
 * </ol>
 *
 * <p>{@code historical}: the expression ends 5 or more years before the publication year (by year
 * arithmetic), or, with no publication date, it is a named period or era cue. "Since …" runs on to
 * the time of writing and is never historical. Relative expressions: "on Monday" is the latest
 * Monday on or before publication (that day if it is a Monday) or, in a clause about the future
 * ("will", "plans"), the next one on or after it; weeks get month precision ("last week" → the
 * month of that Monday-to-Sunday week, or its year if it crosses a month end); decades are labelled
 * by their first year ("the 1950s" → 1950). Against an ambiguous publication date, relative
 * expressions keep only what both readings agree on.
 */
public final class EventDates {
  /** Words that put a clause in the future, so "on Friday" is the coming Friday. */
  private static final Set<String> FUTURE =
      Set.of(
          "will",
          "shall",
          "plan",
          "plans",
          "planned",
          "planning",
          "intend",
          "intends",
          "intended",
          "expected",
          "scheduled",
          "upcoming",
          "due");

  private static final TimexFinder FINDER = new TimexFinder(Periods.builtIn());

  private EventDates() {}

  /**
   * The date of the event at {@code span} in a sentence. Never throws; returns {@link
   * EventDate#NONE} for unusable input.
   *
   * @param tokens the sentence's tokens
   * @param span where the event sits in them
   * @param sentence the sentence the tokens index into
   * @param published the article's publication date, {@link PublicationDate#UNKNOWN} if none
   */
  public static EventDate date(
      List<Token> tokens, EventSpan span, String sentence, PublicationDate published) {
    if (tokens == null || span == null || tokens.isEmpty()) {
      return published(Anchor.of(published), published);
    }
    try {
      return dateOf(tokens, span, sentence == null ? "" : sentence, published);
    } catch (RuntimeException e) {
      // A dating bug must not cost the coder its event: fall back to the publication date.
      return published(Anchor.of(published), published);
    }
  }

  /** The dating itself, without the safety net, so tests can see its failures. */
  static EventDate dateOf(
      List<Token> tokens, EventSpan span, String sentence, PublicationDate published) {
    Anchor anchor = Anchor.of(published);
    int trigger = Math.min(span.trigger(), tokens.size() - 1);
    int[] clause = Clauses.of(tokens);
    int own = clause[trigger];
    boolean future = speaksOfFuture(tokens, clause, own);
    List<Timex> found = FINDER.find(tokens, sentence);
    List<Timex> inClause = found.stream().filter(t -> inClause(t, clause, own)).toList();
    List<Timex> elsewhere = found.stream().filter(t -> !inClause(t, clause, own)).toList();
    OptionalInt year = anchor.year();

    Optional<Dated> here = nearest(inClause, trigger, anchor, future);
    if (here.isPresent()) {
      return here.get().toEventDate(year, "");
    }
    Optional<Dated> cue =
        inClause.stream()
            .filter(t -> t.kind() == Kind.CUE)
            .map(t -> resolve(t, anchor, future))
            .flatMap(Optional::stream)
            .filter(d -> d.historical(year))
            .findFirst();
    Optional<Dated> there = nearest(elsewhere, trigger, anchor, future);
    if (cue.isPresent()) {
      Dated c = cue.get();
      return there
          .map(t -> t.withCue(c).toEventDate(year, c.timex().evidence()))
          .orElse(c.toEventDate(year, ""));
    }
    if (there.isPresent()) {
      return there.get().toEventDate(year, "");
    }
    return published(anchor, published);
  }

  private static boolean speaksOfFuture(List<Token> tokens, int[] clause, int own) {
    for (int i = 0; i < tokens.size(); i++) {
      if (clause[i] == own && FUTURE.contains(tokens.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inClause(Timex t, int[] clause, int own) {
    for (int i = t.first(); i <= t.last(); i++) {
      if (clause[i] == own) {
        return true;
      }
    }
    return false;
  }

  /** The date nearest the trigger, preferring calendar and relative dates to named periods. */
  private static Optional<Dated> nearest(
      List<Timex> candidates, int trigger, Anchor anchor, boolean future) {
    return candidates.stream()
        .filter(t -> t.kind() != Kind.CUE)
        .sorted(
            Comparator.comparing((Timex t) -> t.kind() != Kind.DATE)
                .thenComparingInt(t -> t.distance(trigger)))
        .map(t -> resolve(t, anchor, future))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<Dated> resolve(Timex t, Anchor anchor, boolean future) {
    return anchor.resolve(t, future).map(w -> new Dated(t, w, false));
  }

  private static EventDate published(Anchor anchor, PublicationDate published) {
    Optional<String> label = anchor.label();
    if (label.isEmpty()) {
      return EventDate.NONE;
    }
    return new EventDate(label, EventDate.Basis.PUBLISHED, false, published.evidence());
  }

  /** A resolved expression; {@code cued} when an era cue elsewhere already marks it historical. */
  private record Dated(Timex timex, When when, boolean cued) {
    boolean historical(OptionalInt publicationYear) {
      if (when.ongoing()) {
        return false;
      }
      if (cued) {
        return true;
      }
      return publicationYear.isPresent()
          ? when.endsLongBefore(publicationYear.getAsInt())
          : timex.kind() != Kind.DATE;
    }

    Dated withCue(Dated cue) {
      return new Dated(timex, when, true);
    }

    EventDate toEventDate(OptionalInt publicationYear, String extraEvidence) {
      String evidence =
          extraEvidence.isEmpty() || extraEvidence.equals(timex.evidence())
              ? timex.evidence()
              : timex.evidence() + "; " + extraEvidence;
      return new EventDate(
          when.date(), EventDate.Basis.TEXT, historical(publicationYear), evidence);
    }
  }
}
