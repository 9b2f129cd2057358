package dev.dyad.report.brief;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.report.analytics.ClaimDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Turns claims into the brief's {@link Development}s, citing their sources by number. */
final class Developments {
  /** Newest first; undated last; then best supported. */
  static final Comparator<Development> NEWEST_FIRST =
      Comparator.comparing(
              (Development d) -> d.date().map(ClaimDate::date).orElse(null),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Comparator.comparingInt(Development::factualSources).reversed())
          .thenComparing(Comparator.comparingInt(Development::independentSources).reversed())
          .thenComparing(Development::statement);

  private final Citations citations;
  private final Map<String, ClaimDate> dates;

  /**
   * @param dates each claim's date by the store's claim-date rule, by id; undated ones absent
   */
  Developments(Citations citations, Map<String, ClaimDate> dates) {
    this.citations = citations;
    this.dates = dates;
  }

  Development of(Claim c) {
    return of(List.of(c), c.statement(), c.status(), c.independentSources(), c.documents());
  }

  /**
   * Two claims shown as one (a third party acting toward both sides at once) under {@code
   * statement}.
   */
  Development merged(List<Claim> claims, String statement) {
    List<ClaimMention> mentions = claims.stream().flatMap(c -> c.mentions().stream()).toList();
    ClaimStatus best =
        claims.stream().map(Claim::status).min(Comparator.naturalOrder()).orElseThrow();
    int families = (int) mentions.stream().map(ClaimMention::familyId).distinct().count();
    int documents = (int) mentions.stream().map(ClaimMention::docId).distinct().count();
    return of(claims, statement, best, families, documents);
  }

  private Development of(
      List<Claim> claims, String statement, ClaimStatus status, int families, int documents) {
    List<ClaimMention> mentions = claims.stream().flatMap(c -> c.mentions().stream()).toList();
    List<ClaimMention> stated =
        mentions.stream().filter(m -> m.modality() != Modality.NEGATED).toList();
    Quote evidence = Evidence.claim(stated.isEmpty() ? mentions : stated, citations);
    Optional<Quote> denial =
        stated.isEmpty() ? Optional.empty() : Evidence.denial(mentions, citations);
    Optional<ClaimDate> date =
        claims.stream()
            .flatMap(c -> Optional.ofNullable(dates.get(c.claimId())).stream())
            .min(Comparator.comparing(ClaimDate::date));
    int factual =
        (int)
            mentions.stream()
                .filter(m -> m.modality().isFactual())
                .map(ClaimMention::familyId)
                .distinct()
                .count();
    return new Development(
        claims.stream().map(Claim::claimId).toList(),
        statement,
        status,
        date,
        factual,
        families,
        documents,
        evidence,
        denial,
        voices(mentions));
  }

  private List<Voice> voices(List<ClaimMention> mentions) {
    Map<Modality, TreeSet<Integer>> by = new EnumMap<>(Modality.class);
    for (ClaimMention m : mentions) {
      by.computeIfAbsent(m.modality(), k -> new TreeSet<>()).add(citations.number(m.docId()));
    }
    List<Voice> out = new ArrayList<>();
    by.forEach((modality, numbers) -> out.add(new Voice(modality, List.copyOf(numbers))));
    return out;
  }
}
