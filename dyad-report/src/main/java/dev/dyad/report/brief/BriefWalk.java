package dev.dyad.report.brief;

import java.util.List;

/**
 * The one walk over a brief's sections that both renderers share: what each section says, and what
 * it says when it is empty. A renderer is a {@link BriefWriter}.
 */
final class BriefWalk {
  private BriefWalk() {}

  /** Writes {@code b} through {@code w}; returns what {@code w} made. */
  static String render(Brief b, BriefWriter w) {
    BriefSubject subject = b.subject();
    w.begin(Wording.briefTitle(b), Wording.period(b));

    w.open(BriefSection.BOTTOM_LINE);
    w.findings(b.bottomLine().stream().map(Wording::finding).toList());
    w.close(BriefSection.BOTTOM_LINE);

    w.open(BriefSection.KEY_DEVELOPMENTS);
    developments(
        w, b.keyDevelopments(), BriefWriter.Listing.NUMBERED, Wording.noKeyDevelopments(subject));
    w.close(BriefSection.KEY_DEVELOPMENTS);

    w.open(BriefSection.UNCONFIRMED);
    developments(w, b.unconfirmed(), BriefWriter.Listing.NUMBERED, Wording.noUnconfirmed(subject));
    if (!b.plannedAndDenied().isEmpty()) {
      w.subheading(Wording.PLANNED_HEADING);
      w.note(Wording.PLANNED_NOTE);
      w.developments(b.plannedAndDenied(), BriefWriter.Listing.PLANNED);
    }
    w.close(BriefSection.UNCONFIRMED);

    w.open(BriefSection.REACTIONS);
    if (b.reactions().isEmpty()) {
      w.note(Wording.NO_REACTIONS);
    }
    for (ReactionGroup g : b.reactions()) {
      w.subheading(g.actor().name());
      w.developments(g.reactions(), BriefWriter.Listing.REACTIONS);
    }
    w.close(BriefSection.REACTIONS);

    w.open(BriefSection.ASSESSMENTS);
    w.note(Wording.ASSESSMENTS_NOTE);
    if (b.assessments().isEmpty()) {
      w.note(Wording.NO_ASSESSMENTS);
    } else {
      w.topics(b.assessments());
    }
    if (!b.speculatedEvents().isEmpty()) {
      w.speculated(b.speculatedEvents().stream().map(Wording::speculated).toList());
    }
    w.close(BriefSection.ASSESSMENTS);

    w.open(BriefSection.TIMELINE);
    if (b.timeline().rows().isEmpty()) {
      w.note(Wording.noTimeline(b.timeline()));
    } else {
      w.timeline(b.timeline());
      w.note(Wording.timelineNote(b.timeline(), subject));
    }
    w.close(BriefSection.TIMELINE);

    w.open(BriefSection.SOURCES);
    if (b.sources().isEmpty()) {
      w.note(Wording.NO_SOURCES);
    } else {
      w.sources(b.sources());
    }
    w.quality(Wording.quality(b.quality(), subject));
    w.close(BriefSection.SOURCES);

    w.open(BriefSection.METHOD);
    w.notes(b.method());
    w.close(BriefSection.METHOD);
    return w.end();
  }

  private static void developments(
      BriefWriter w, List<Development> items, BriefWriter.Listing listing, String none) {
    if (items.isEmpty()) {
      w.note(none);
    } else {
      w.developments(items, listing);
    }
  }
}
