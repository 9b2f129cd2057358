package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class ClaimMergerPropertiesTest {
  @Property(tries = 300)
  void mergingIsIndependentOfTheOrderOfEventsButForTheIds(
      @ForAll("events") List<Event> events, @ForAll long seed) {
    List<Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(withoutIds(merge(shuffled)))
        .containsExactlyInAnyOrderElementsOf(withoutIds(merge(events)));
  }

  /**
   * A claim keeps its id as events are added after it: whenever a later claim holds all of an
   * earlier claim's mentions and no other mention of the earlier events, it has the earlier id.
   * (One event per sentence here, so that a claim's mentions are all its events.)
   */
  @Property(tries = 300)
  void aClaimKeepsItsIdAsLaterEventsJoinIt(
      @ForAll("events") List<Event> first, @ForAll("events") List<Event> then) {
    List<Event> all = onePerSentence(first, then);
    List<Event> events = all.subList(0, onePerSentence(first, List.of()).size());
    Set<String> early = new HashSet<>();
    events.forEach(e -> early.add(e.eventId()));
    List<Claim> after = merge(all);
    int kept = 0;
    for (Claim before : merge(events)) {
      Set<String> ids = eventIds(before);
      for (Claim c : after) {
        Set<String> earlyOfC = new HashSet<>(eventIds(c));
        earlyOfC.retainAll(early);
        if (earlyOfC.equals(ids)) {
          assertThat(c.claimId()).as("the claim of %s", ids).isEqualTo(before.claimId());
          kept++;
        }
      }
    }
    Statistics.collect(kept > 0 ? "some claim grew or stayed" : "none to compare");
  }

  /** A caller that keeps each key's evidence and merges one key at a time gets the same claims. */
  @Property(tries = 300)
  void claimsMergedKeyByKeyFromKeptEvidenceAreThoseOfTheMerger(
      @ForAll("events") List<Event> events) {
    ClaimMerger merger = new ClaimMerger();
    Map<String, List<ClaimEvidence>> byKey = new LinkedHashMap<>();
    long arrival = 0;
    for (Event e : events) {
      ClaimEvidence evidence = merger.evidence(e, family(e), arrival++);
      byKey.computeIfAbsent(evidence.key(), k -> new ArrayList<>()).add(evidence);
    }
    List<Claim> keyByKey = new ArrayList<>();
    byKey.forEach((key, evidence) -> keyByKey.addAll(merger.claims(key, evidence)));
    assertThat(keyByKey).containsExactlyInAnyOrderElementsOf(merge(events));
  }

  /** Keys kept up to date chunk by chunk give the claims of merging everything at once. */
  @Property(tries = 300)
  void keyClaimsAddedInChunksAreThoseOfTheMerger(
      @ForAll("events") List<Event> events, @ForAll long seed) {
    ClaimMerger merger = new ClaimMerger();
    Random random = new Random(seed);
    Map<String, KeyClaims> keys = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    long arrival = 0;
    int from = 0;
    while (from < events.size()) {
      int to = Math.min(events.size(), from + 1 + random.nextInt(6));
      Map<String, List<ClaimEvidence>> fresh = new LinkedHashMap<>();
      for (Event e : events.subList(from, to)) {
        if (seen.add(e.eventId())) {
          ClaimEvidence evidence = merger.evidence(e, family(e), arrival++);
          fresh.computeIfAbsent(evidence.key(), k -> new ArrayList<>()).add(evidence);
        }
      }
      fresh.forEach(
          (key, pieces) -> {
            KeyClaims known = keys.get(key);
            if (known == null) {
              keys.put(key, merger.keyClaims(key, pieces));
            } else {
              known.add(pieces);
            }
          });
      from = to;
    }
    List<Claim> kept = new ArrayList<>();
    keys.values().forEach(k -> kept.addAll(k.claims()));
    assertThat(kept).containsExactlyInAnyOrderElementsOf(merge(events));
  }

  private static List<Event> onePerSentence(List<Event> a, List<Event> b) {
    Set<String> sentences = new HashSet<>();
    List<Event> out = new ArrayList<>();
    for (List<Event> list : List.of(a, b)) {
      for (Event e : list) {
        if (sentences.add(e.docId() + "#" + e.sentenceIndex())) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static Set<String> eventIds(Claim c) {
    Set<String> ids = new HashSet<>();
    c.mentions().forEach(m -> ids.add(m.eventId()));
    return ids;
  }

  private static List<Claim> withoutIds(List<Claim> claims) {
    return claims.stream()
        .map(
            c ->
                new Claim(
                    "",
                    c.statement(),
                    c.source(),
                    c.target(),
                    c.eventType(),
                    c.mode(),
                    c.object(),
                    c.status(),
                    c.documents(),
                    c.independentSources(),
                    c.modalityProfile(),
                    c.firstReported(),
                    c.lastReported(),
                    c.mentions()))
        .toList();
  }

  @Property(tries = 300)
  void countsAreConsistent(@ForAll("events") List<Event> events) {
    for (Claim c : merge(events)) {
      assertThat(c.independentSources()).isBetween(1, c.documents());
      assertThat(c.documents()).isLessThanOrEqualTo(c.mentions().size());
      assertThat(c.modalityProfile().values())
          .allSatisfy(n -> assertThat(n).isBetween(1, c.documents()));
    }
  }

  private static List<Claim> merge(List<Event> events) {
    ClaimMerger merger = new ClaimMerger();
    // Family from the document: d0 and d1 are copies of one article.
    events.forEach(e -> merger.add(e, family(e)));
    return merger.claims();
  }

  private static String family(Event e) {
    return e.docId().equals("d1") ? "f0" : "f" + e.docId();
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Event> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of("PRK>RUS", "RUS>PRK", "PRKMIL>RUS", "KOR>JPN"),
                Arbitraries.of(EventType.AID, EventType.COOPERATE),
                Arbitraries.of(Modality.values()),
                Arbitraries.of("", "shells", "troops", "munitions"),
                Arbitraries.of("", "2023", "2024", "2024-10", "2024-10-05", "2024-11"))
            .as(
                (doc, sentence, dyad, type, modality, object, date) -> {
                  ClaimEvents b =
                      ClaimEvents.event()
                          .doc("d" + doc)
                          .sentence(sentence)
                          .dyad(dyad.split(">")[0], dyad.split(">")[1])
                          .type(type, "military")
                          .modality(modality);
                  if (!object.isEmpty()) {
                    b.object(object);
                  }
                  if (!date.isEmpty()) {
                    b.date(date);
                  }
                  return b.build();
                });
    return one.list().ofMaxSize(25);
  }
}
