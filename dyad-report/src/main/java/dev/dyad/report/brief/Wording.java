package dev.dyad.report.brief;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words both renderers share. Results are plain text with citation markers ({@link Cites});
 * renderers escape them and write the markers as their own links.
 */
final class Wording {

  static final String PLANNED_HEADING = "Planned, conditional and denied";
  static final String PLANNED_NOTE = "Not facts: announced intentions, conditions and denials.";
  static final String NO_REACTIONS = "No reaction by a third party in the sources.";
  static final String ASSESSMENTS_NOTE =
      "Forecasts in the sources, by topic: what they say could happen, not what"
          + " happened. None of it counts among the developments above.";
  static final String NO_ASSESSMENTS = "No assessment in the sources.";
  static final String NO_SOURCES = "No source.";
  static final String QUALITY_LABEL = "Source quality.";

  /** Before the sentence that denies a claim. */
  static final String DENIED = "Denied:";

  private Wording() {}

  static String briefTitle(Brief b) {
    return "Brief: " + b.subject().title();
  }

  static String noKeyDevelopments(BriefSubject subject) {
    return "No confirmed or reported development " + subject.phrase() + ".";
  }

  static String noUnconfirmed(BriefSubject subject) {
    return "Nothing " + subject.phrase() + " is alleged or disputed.";
  }

  /** The line under the title: what period the brief covers. */
  static String period(Brief b) {
    String asked;
    if (b.since().isPresent() && b.until().isPresent()) {
      asked = "Reports from " + BriefDates.range(b.since().get(), b.until().get());
    } else if (b.since().isPresent()) {
      asked = "Reports since " + BriefDates.day(b.since().get());
    } else if (b.until().isPresent()) {
      asked = "Reports until " + BriefDates.day(b.until().get());
    } else {
      asked = "Every report in the store";
    }
    long undated = b.sources().stream().filter(s -> s.published().isEmpty()).count();
    String cited =
        b.firstSourceDate()
            .map(
                f ->
                    "; the sources cited date from "
                        + BriefDates.range(f, b.lastSourceDate().get())
                        + (undated > 0 ? ", " + undated + " undated" : ""))
            .orElse(b.sources().isEmpty() ? "" : "; the sources cited are undated");
    return asked + cited + ". Numbers in brackets cite the sources listed at the end.";
  }

  /** A bottom-line sentence with its citations before the full stop. */
  static String finding(Finding f) {
    String text = Cites.clean(f.text());
    if (f.citations().isEmpty()) {
      return text;
    }
    String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return body + " " + Cites.mark(f.citations()) + ".";
  }

  static String date(Development d) {
    return d.date().map(BriefDates::of).orElse("undated");
  }

  static String statement(Development d) {
    return Cites.clean(d.statement());
  }

  /**
   * How well supported, counting for a fact only the sources that state it as fact: "Confirmed by 2
   * independent sources; 3 in all (3 articles)", "Reported by 1 source (1 article)"; for the rest,
   * every source that makes it: "5 independent sources (5 articles)".
   */
  static String support(Development d) {
    String articles = " (" + Plural.of(d.documents(), "article") + ")";
    String all =
        d.independentSources() > d.factualSources()
            ? "; " + d.independentSources() + " in all"
            : "";
    return switch (d.status()) {
      case CONFIRMED ->
          "Confirmed by " + Plural.of(d.factualSources(), "independent source") + all + articles;
      case REPORTED -> "Reported by " + Plural.of(d.factualSources(), "source") + all + articles;
      default -> Plural.of(d.independentSources(), "independent source") + articles;
    };
  }

  /**
   * The support, then who carries it: "Reported by 1 source (1 article): reported in [4]"; with the
   * status first ({@link #statusAndSupport}) when asked.
   */
  static String backing(Development d, boolean withStatus) {
    return (withStatus ? statusAndSupport(d) : support(d)) + ": " + voices(d);
  }

  /** The status, then the support: "Disputed: 5 independent sources (5 articles)". */
  static String statusAndSupport(Development d) {
    return d.status() == ClaimStatus.CONFIRMED || d.status() == ClaimStatus.REPORTED
        ? support(d)
        : ActorNames.capitalise(d.status().label()) + ": " + support(d);
  }

  /** Who carries it: "asserted in [3]; reported in [4, 5]; denied in [6]". */
  static String voices(Development d) {
    List<String> parts = new ArrayList<>();
    for (Voice v : d.voices()) {
      parts.add(verb(v.modality()) + " " + Cites.mark(v.citations()));
    }
    return String.join("; ", parts);
  }

  static String verb(Modality m) {
    return switch (m) {
      case ASSERTED -> "asserted in";
      case REPORTED -> "reported in";
      case ALLEGED -> "alleged in";
      case PLANNED -> "announced as planned in";
      case CONDITIONAL -> "made conditional in";
      case SPECULATIVE -> "speculated about in";
      case NEGATED -> "denied in";
    };
  }

  /** A status that is not a fact, said beside a reaction: "(alleged)". */
  static String statusNote(Development d) {
    return d.status() == ClaimStatus.CONFIRMED || d.status() == ClaimStatus.REPORTED
        ? ""
        : " (" + d.status().label() + ")";
  }

  /** Quoted sentence text: curly quotes around it, whitespace runs made single spaces. */
  static String quote(Quote q) {
    return "\u201c" + Cites.clean(q.sentence()).replaceAll("\\s+", " ").strip() + "\u201d";
  }

  static String topicLabel(TopicAssessment t) {
    return ActorNames.capitalise(Cites.clean(t.label()));
  }

  /** "voiced by 2 independent sources (3 articles) [4, 9]". */
  static String topicSupport(TopicAssessment t) {
    return "voiced by "
        + Plural.of(t.independentSources(), "independent source")
        + " ("
        + Plural.of(t.documents(), "article")
        + ") "
        + Cites.mark(t.citations());
  }

  /**
   * A balance with its sign and a true minus: "+0.42", "\u22121.00"; a dash when nothing is
   * weighed.
   */
  static String balance(java.util.OptionalDouble b) {
    if (b.isEmpty()) {
      return "\u2013";
    }
    String s = String.format(Locale.ROOT, "%+.2f", b.getAsDouble());
    return s.replace("-", "\u2212");
  }

  /** What the timeline counts and how it weighs, under the table. */
  static String timelineNote(Timeline t, BriefSubject subject) {
    String what =
        subject.isDyad()
            ? "The claims "
                + subject.phrase()
                + " by "
                + t.unit()
                + ", as dyad timeline counts them, from the first to"
                + " the last date of the claims in this brief; reactions are not in it."
            : "The claims "
                + subject.phrase()
                + " by "
                + t.unit()
                + ", placed and weighed as dyad timeline places and"
                + " weighs a dyad's.";
    String unplaced =
        t.unplaced() == 0
            ? ""
            : " "
                + Plural.of(t.unplaced(), "claim")
                + " of this brief "
                + (t.unplaced() == 1 ? "has" : "have")
                + " no date and "
                + (t.unplaced() == 1 ? "is" : "are")
                + " in no row.";
    return what
        + " Facts are confirmed or reported claims, unconfirmed alleged or disputed ones, not facts"
        + " planned, speculative or denied ones (counted, never weighed). The balance runs from \u22121 (all"
        + " conflict) to +1 (all cooperation), each claim weighing its certainty (confirmed 1, reported 0.75,"
        + " disputed 0.5, alleged 0.25) times 1 + log2 of its independent sources."
        + unplaced;
  }

  /** The sentence listing the speculated events, each already rendered. */
  static String speculatedEvents(List<String> rendered) {
    return "Events the sources only speculate about, never report: "
        + String.join("; ", rendered)
        + ".";
  }

  /** The timeline's columns: the unit ("Month" or "Year"), then the counts and the balance. */
  static List<String> timelineColumns(Timeline t) {
    String unit = t.unit().substring(0, 1).toUpperCase(Locale.ROOT) + t.unit().substring(1);
    return List.of(unit, "Claims", "Facts", "Unconfirmed", "Not facts", "Balance");
  }

  /** One row of the timeline, column by column. */
  static List<String> timelineCells(Timeline.Row r) {
    return List.of(
        r.label(),
        Integer.toString(r.claims()),
        Integer.toString(r.facts()),
        Integer.toString(r.unconfirmed()),
        Integer.toString(r.notFacts()),
        balance(r.balance()));
  }

  /** In place of the timeline when no claim has a date. */
  static String noTimeline(Timeline t) {
    return "No claim to place in time."
        + (t.unplaced() > 0
            ? " "
                + Plural.of(t.unplaced(), "claim")
                + " of this brief "
                + (t.unplaced() == 1 ? "has" : "have")
                + " no date."
            : "");
  }

  static String speculated(Development d) {
    return statement(d) + " " + Cites.mark(d.citations());
  }

  /** The source-quality note. */
  static String quality(SourceQuality q, BriefSubject subject) {
    String about =
        subject.isDyad()
            ? "about " + subject.members().get(0).name() + " or " + subject.members().get(1).name()
            : "about " + subject.members().get(0).name();
    String read =
        "Read: "
            + Plural.of(q.documentsRead(), "article")
            + " "
            + about
            + " ("
            + q.cited()
            + " cited above).";
    String duplicates =
        "Duplicates found: "
            + q.duplicates()
            + " ("
            + Plural.of(q.documentsRead(), "article")
            + " in "
            + Plural.of(q.families(), "source family", "source families")
            + ").";
    String speculative =
        String.format(
            Locale.ROOT,
            "Speculative sentences: %d%% (%d of %s), that is, sentences that gave a speculative or conditional"
                + " event or voiced an assessment.",
            Math.round(q.speculativeShare() * 100),
            q.speculativeSentences(),
            Plural.of(q.sentences(), "sentence"));
    String chrome =
        "Web chrome: the cleaner noted and removed residue in "
            + Plural.of(q.withChromeResidue(), "article")
            + " (SEO notes, comment areas, image captions, broken markup or words run together);"
            + " plain chrome lines are dropped without a note and not counted.";
    return Cites.clean(String.join(" ", read, duplicates, speculative, chrome));
  }

  /** "14 March 2026", "date ambiguous: 11 July or 7 November 2024", "undated". */
  static String sourceDate(Source s) {
    if (s.published().isPresent()) {
      return BriefDates.day(s.published().get());
    }
    if (!s.publishedAlternatives().isEmpty()) {
      return "date ambiguous: "
          + s.publishedAlternatives().stream()
              .map(BriefDates::day)
              .collect(Collectors.joining(" or "));
    }
    return "undated";
  }

  /** "family 6db44be7", with "same source as [1]" for a copy of an earlier one. */
  static String family(Source s) {
    String id = s.familyId().length() > 8 ? s.familyId().substring(0, 8) : s.familyId();
    return "family "
        + Cites.clean(id)
        + s.sameFamilyAs().map(n -> ", same source as " + Cites.mark(n)).orElse("");
  }

  static String title(Source s) {
    return Cites.clean(s.title().filter(t -> !t.isBlank()).orElse("(untitled)"));
  }
}
