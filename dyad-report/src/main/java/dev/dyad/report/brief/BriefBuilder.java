package dev.dyad.report.brief;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorEntry;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ClaimDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a {@link Brief} from the store: reads the subject's claims, assessments and articles,
 * sorts the claims into sections, numbers the sources, and writes the bottom line.
 */
public final class BriefBuilder {
  private final BriefStore store;
  private final ActorDictionary dictionary;

  /** A builder over an open store; {@code dictionary} names the actors asked for. */
  public BriefBuilder(BriefStore store, ActorDictionary dictionary) {
    this.store = store;
    this.dictionary = dictionary;
  }

  /** The brief asked for; an actor or dyad without claims gives a brief that says so. */
  public Brief build(BriefRequest request) {
    Map<String, Claim> byId = new LinkedHashMap<>();
    for (String code : request.codes()) {
      for (Claim c :
          store.claims(ClaimQuery.ALL.withActor(code).within(request.since(), request.until()))) {
        byId.putIfAbsent(c.claimId(), c);
      }
    }
    BriefSubject subject = subject(request, byId.values());
    SortedClaims sorted = SortedClaims.of(byId.values(), subject, store.historicalClaims());

    List<StoredDocument> about = store.documentsAbout(request.codes());
    List<StoredDocument> read =
        about.stream()
            .filter(d -> !request.bounded() || d.published().map(request::contains).orElse(false))
            .toList();
    Set<String> readIds = read.stream().map(StoredDocument::docId).collect(Collectors.toSet());
    List<Assessment> assessments =
        store.assessments(AssessmentQuery.ALL.within(request.since(), request.until())).stream()
            .filter(a -> voicedAbout(a, subject, readIds))
            .toList();

    Citations citations = citations(about, sorted.shown(), assessments);
    Map<String, ClaimDate> dates =
        store.claimDates(sorted.shown().stream().map(Claim::claimId).toList());
    Developments developments = new Developments(citations, dates);
    List<Development> key =
        developments(sorted.own(), SortedClaims.FACTS, developments, Developments.NEWEST_FIRST);
    List<Development> unconfirmed =
        developments(sorted.own(), SortedClaims.OPEN, developments, BY_SUPPORT);
    List<Development> plannedAndDenied =
        developments(
            sorted.own(),
            EnumSet.of(ClaimStatus.PLANNED, ClaimStatus.DENIED),
            developments,
            BY_SUPPORT);
    List<ReactionGroup> groups = Reactions.group(sorted.reactions(), subject, developments);
    List<TopicAssessment> topics = TopicAssessments.of(assessments, citations);
    List<Development> speculation =
        sorted.speculated().stream().map(developments::of).sorted(BY_SUPPORT).toList();
    Timeline timeline =
        subject.isDyad()
            ? BriefTimeline.ofDyad(
                store,
                subject,
                sorted.shown().stream()
                    .filter(c -> ClaimSides.of(c, subject) == ClaimSides.Side.OWN)
                    .toList(),
                dates)
            : BriefTimeline.ofActor(sorted.shown(), dates);

    List<Source> sources = citations.sources();
    List<Finding> bottomLine =
        new BottomLine(subject, request.since()).write(key, unconfirmed, groups, topics, sources);
    return new Brief(
        subject,
        request.since(),
        request.until(),
        bottomLine,
        key,
        unconfirmed,
        plannedAndDenied,
        groups,
        topics,
        speculation,
        timeline,
        sources,
        quality(read, sources.size()),
        MethodNotes.of(subject, request.bounded(), sorted.historicalLeftOut()));
  }

  private static final Comparator<Development> BY_SUPPORT =
      Comparator.comparingInt(Development::factualSources)
          .reversed()
          .thenComparing(Comparator.comparingInt(Development::independentSources).reversed())
          .thenComparing(Development::status)
          .thenComparing(Developments.NEWEST_FIRST);

  private static List<Development> developments(
      List<Claim> claims,
      Set<ClaimStatus> statuses,
      Developments developments,
      Comparator<Development> order) {
    return claims.stream()
        .filter(c -> statuses.contains(c.status()))
        .map(developments::of)
        .sorted(order)
        .toList();
  }

  /** An assessment naming a member, or naming no actor in an article read for the brief. */
  private static boolean voicedAbout(Assessment a, BriefSubject subject, Set<String> readIds) {
    if (a.actors().isEmpty()) {
      return a.mentions().stream().anyMatch(m -> readIds.contains(m.docId()));
    }
    return a.actors().stream().anyMatch(subject::includes);
  }

  private BriefSubject subject(BriefRequest request, Collection<Claim> claims) {
    List<ClaimActor> members = new ArrayList<>();
    for (String code : request.codes()) {
      // Claims carry the names they were made with; the dictionary names an actor without claims.
      ClaimActor named =
          claims.stream()
              .flatMap(c -> Stream.concat(Stream.of(c.source()), c.target().stream()))
              .filter(a -> a.code().equals(code))
              .findFirst()
              .orElseGet(
                  () ->
                      new ClaimActor(
                          code, dictionary.entry(code).map(ActorEntry::name).orElse(code)));
      members.add(named);
    }
    return new BriefSubject(members);
  }

  private static Citations citations(
      List<StoredDocument> about, List<Claim> claims, List<Assessment> assessments) {
    Map<String, StoredDocument> known = new LinkedHashMap<>();
    about.forEach(d -> known.put(d.docId(), d));
    Map<String, StoredDocument> cited = new LinkedHashMap<>();
    for (Claim c : claims) {
      for (ClaimMention m : c.mentions()) {
        cited.computeIfAbsent(
            m.docId(),
            id ->
                known.getOrDefault(
                    id, Citations.fromMention(id, m.docUri(), m.familyId(), m.published())));
      }
    }
    for (Assessment a : assessments) {
      for (AssessmentMention m : a.mentions()) {
        cited.computeIfAbsent(
            m.docId(),
            id ->
                known.getOrDefault(
                    id, Citations.fromMention(id, m.docUri(), m.familyId(), m.published())));
      }
    }
    return new Citations(cited.values());
  }

  private static SourceQuality quality(List<StoredDocument> read, int cited) {
    return new SourceQuality(
        read.size(),
        (int) read.stream().map(StoredDocument::familyId).distinct().count(),
        cited,
        read.stream().mapToInt(StoredDocument::sentences).sum(),
        read.stream().mapToInt(StoredDocument::speculativeSentences).sum(),
        (int) read.stream().filter(d -> ChromeResidue.noted(d.warnings())).count());
  }
}
