package dev.dyad.report.brief;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bottom line: three to five sentences from templates over the sections. What the sources
 * reported in the period, the best supported developments, the main open allegation, then, when
 * there are any, the reactions and the speculation.
 */
final class BottomLine {
  /** Developments named as best supported. */
  static final int BEST = 2;

  /** Third parties named; the rest are counted. */
  static final int PARTIES = 5;

  /** Topics named. */
  static final int TOPICS = 3;

  private static final Comparator<Development> BEST_SUPPORTED =
      Comparator.comparingInt(Development::factualSources)
          .reversed()
          .thenComparing(Comparator.comparingInt(Development::independentSources).reversed())
          .thenComparing(Development::status)
          .thenComparing(Comparator.comparingInt(Development::documents).reversed())
          .thenComparing(Developments.NEWEST_FIRST);

  private final BriefSubject subject;
  private final Optional<LocalDate> since;

  BottomLine(BriefSubject subject, Optional<LocalDate> since) {
    this.subject = subject;
    this.since = since;
  }

  List<Finding> write(
      List<Development> key,
      List<Development> unconfirmed,
      List<ReactionGroup> reactions,
      List<TopicAssessment> topics,
      List<Source> sources) {
    List<Finding> out = new ArrayList<>();
    out.add(scope(key, unconfirmed, sources));
    out.add(best(key));
    out.add(openAllegation(unconfirmed));
    if (!reactions.isEmpty()) {
      out.add(reactions(reactions));
    }
    if (!topics.isEmpty()) {
      out.add(speculation(topics));
    }
    return out;
  }

  /** What the period held: the articles behind the developments, and how many are confirmed. */
  private Finding scope(
      List<Development> key, List<Development> unconfirmed, List<Source> sources) {
    List<Development> all = Stream.concat(key.stream(), unconfirmed.stream()).toList();
    if (all.isEmpty()) {
      return finding(
          "No article in the store reports a development "
              + subject.phrase()
              + (since.isPresent() ? " in the period" : "")
              + " as fact or allegation.",
          List.of(),
          List.of());
    }
    Set<Integer> behind = new java.util.TreeSet<>();
    all.forEach(d -> behind.addAll(d.citations()));
    List<Source> cited = sources.stream().filter(s -> behind.contains(s.number())).toList();
    int families = (int) cited.stream().map(Source::familyId).distinct().count();
    List<LocalDate> dates = cited.stream().flatMap(s -> s.published().stream()).sorted().toList();
    int undated = cited.size() - dates.size();
    String articles =
        Plural.of(cited.size(), "article") + " from " + Plural.of(families, "independent source");
    String text;
    if (undated == cited.size()) {
      text =
          Plural.of(cited.size(), "undated article")
              + " from "
              + Plural.of(families, "independent source");
    } else if (undated == 0) {
      text =
          (dates.get(0).equals(dates.get(dates.size() - 1)) ? "On " : "Between ")
              + BriefDates.between(dates.get(0), dates.get(dates.size() - 1))
              + ", "
              + articles;
    } else {
      text =
          articles
              + " ("
              + undated
              + " undated, "
              + dates.size()
              + " from "
              + BriefDates.range(dates.get(0), dates.get(dates.size() - 1))
              + ")";
    }
    text += " reported " + Plural.of(all.size(), "development") + " " + subject.phrase();
    if (since.isPresent()) {
      long fresh =
          all.stream()
              .filter(d -> d.date().map(day -> !day.date().isBefore(since.get())).orElse(false))
              .count();
      text +=
          ", "
              + (fresh == 0 ? "none" : fresh)
              + " of them dated on or after "
              + BriefDates.day(since.get());
    }
    long confirmed = key.stream().filter(d -> d.status() == ClaimStatus.CONFIRMED).count();
    text +=
        confirmed == 0
            ? "; none is confirmed by two or more independent sources"
            : confirmed == 1
                ? "; 1 is confirmed by two or more independent sources"
                : "; " + confirmed + " are confirmed by two or more independent sources";
    return finding(ActorNames.capitalise(text) + ".", List.of(), List.of());
  }

  private Finding best(List<Development> key) {
    if (key.isEmpty()) {
      return finding(
          "No source states a development " + subject.phrase() + " as fact.", List.of(), List.of());
    }
    List<Development> top = key.stream().sorted(BEST_SUPPORTED).limit(BEST).toList();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      Development d = top.get(i);
      String support =
          d.status() == ClaimStatus.CONFIRMED
              ? "confirmed by "
                  + (i == 0
                      ? Plural.of(d.factualSources(), "independent source")
                      : d.factualSources())
              : "reported by " + Plural.of(d.factualSources(), "source");
      parts.add(
          ActorNames.inSentence(d.statement())
              + " ("
              + d.date().map(BriefDates::of).map(s -> s + ", ").orElse("")
              + support
              + ")");
    }
    return finding(
        "The best supported: " + String.join("; and ", parts) + ".",
        top.stream().map(d -> d.evidence().citation()).toList(),
        ids(top));
  }

  private Finding openAllegation(List<Development> unconfirmed) {
    if (unconfirmed.isEmpty()) {
      return finding(
          "No claim " + subject.phrase() + " is open: none is alleged or disputed.",
          List.of(),
          List.of());
    }
    Development d = unconfirmed.stream().sorted(BEST_SUPPORTED).findFirst().orElseThrow();
    Set<Integer> stated = new LinkedHashSet<>();
    Set<Integer> denied = new LinkedHashSet<>();
    for (Voice v : d.voices()) {
      (v.modality() == Modality.NEGATED ? denied : stated).addAll(v.citations());
    }
    String carried =
        d.status() == ClaimStatus.DISPUTED
            ? "disputed: stated in "
                + Plural.of(stated.size(), "article")
                + ", denied in "
                + denied.size()
            : "alleged in " + Plural.of(stated.size(), "article") + ", confirmed by none";
    List<Integer> cites = new ArrayList<>(List.of(d.evidence().citation()));
    d.denial().ifPresent(q -> cites.add(q.citation()));
    return finding(
        "The main open allegation: that "
            + ActorNames.inSentence(d.statement())
            + " ("
            + d.date().map(BriefDates::of).map(s -> s + "; ").orElse("")
            + carried
            + ").",
        cites,
        ids(List.of(d)));
  }

  private Finding reactions(List<ReactionGroup> groups) {
    List<String> named = new ArrayList<>();
    List<Integer> cites = new ArrayList<>();
    List<String> claims = new ArrayList<>();
    for (ReactionGroup g : groups.subList(0, Math.min(PARTIES, groups.size()))) {
      int n = g.reactions().size();
      named.add(
          ActorNames.phrase(g.actor())
              + " ("
              + (named.isEmpty() ? Plural.of(n, "claim") : n)
              + ")");
      cites.add(g.reactions().get(0).evidence().citation());
      g.reactions().forEach(r -> claims.addAll(r.claimIds()));
    }
    if (groups.size() > PARTIES) {
      named.add(Plural.of(groups.size() - PARTIES, "other"));
    }
    // Reactions of a dyad run both ways (a third party toward a side, or a side toward it).
    String toward =
        subject.isDyad()
            ? "The third parties most involved: "
            : "Most active toward " + ActorNames.phrase(subject.members().get(0)) + ": ";
    return finding(toward + Plural.join(named) + ".", cites.stream().distinct().toList(), claims);
  }

  private Finding speculation(List<TopicAssessment> topics) {
    List<TopicAssessment> top = topics.subList(0, Math.min(TOPICS, topics.size()));
    List<String> named = new ArrayList<>();
    for (TopicAssessment t : top) {
      named.add(
          t.label()
              + " ("
              + (named.isEmpty()
                  ? Plural.of(t.independentSources(), "independent source")
                  : t.independentSources())
              + ")");
    }
    Finding f =
        new Finding(
            "The sources also speculate; the topics most voiced are "
                + Plural.join(named)
                + ", forecasts kept apart from the facts.",
            top.stream().map(t -> t.quote().citation()).distinct().toList(),
            List.of(),
            top.stream().flatMap(t -> t.assessmentIds().stream()).toList());
    return f;
  }

  private static List<String> ids(List<Development> ds) {
    return ds.stream().flatMap(d -> d.claimIds().stream()).toList();
  }

  private static Finding finding(String text, List<Integer> citations, List<String> claimIds) {
    return new Finding(text, citations, claimIds, List.of());
  }
}
