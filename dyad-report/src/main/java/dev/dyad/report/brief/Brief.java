package dev.dyad.report.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analyst brief on a dyad or an actor, section by section; built once by {@link BriefBuilder}
 * and rendered by {@link MarkdownBrief} or {@link HtmlBrief}. Facts (key developments, reactions)
 * and speculation (assessments, speculated events) never share a list.
 *
 * @param subject who it is about
 * @param since the first day asked for, if any
 * @param until the last day asked for, if any
 * @param bottomLine three to five sentences
 * @param keyDevelopments confirmed and reported claims within the subject, newest first
 * @param unconfirmed alleged and disputed claims within the subject, best supported first
 * @param plannedAndDenied planned, conditional and denied claims within the subject
 * @param reactions what third parties did toward the subject, by actor
 * @param assessments the speculation in the sources, by topic, most voiced first
 * @param speculatedEvents events the sources only speculate about, never state
 * @param timeline the claims over time
 * @param sources the numbered citations, oldest first
 * @param quality the source-quality note
 * @param method the brief's own notes on how it was made
 */
public record Brief(
    BriefSubject subject,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    List<Finding> bottomLine,
    List<Development> keyDevelopments,
    List<Development> unconfirmed,
    List<Development> plannedAndDenied,
    List<ReactionGroup> reactions,
    List<TopicAssessment> assessments,
    List<Development> speculatedEvents,
    Timeline timeline,
    List<Source> sources,
    SourceQuality quality,
    List<String> method) {

  public Brief {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    bottomLine = List.copyOf(bottomLine);
    keyDevelopments = List.copyOf(keyDevelopments);
    unconfirmed = List.copyOf(unconfirmed);
    plannedAndDenied = List.copyOf(plannedAndDenied);
    reactions = List.copyOf(reactions);
    assessments = List.copyOf(assessments);
    speculatedEvents = List.copyOf(speculatedEvents);
    Objects.requireNonNull(timeline, "timeline");
    sources = List.copyOf(sources);
    Objects.requireNonNull(quality, "quality");
    method = List.copyOf(method);
  }

  /** The dates of the cited sources: earliest and latest, when any is dated. */
  public Optional<LocalDate> firstSourceDate() {
    return sources.stream().flatMap(s -> s.published().stream()).min(LocalDate::compareTo);
  }

  public Optional<LocalDate> lastSourceDate() {
    return sources.stream().flatMap(s -> s.published().stream()).max(LocalDate::compareTo);
  }
}
