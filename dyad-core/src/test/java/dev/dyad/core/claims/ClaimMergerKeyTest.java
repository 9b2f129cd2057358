package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimMerger#key}: mergers that each see only some keys' events make, together, the claims
 * of one merger that sees them all, which is what lets a batch job merge claims key by key.
 */
class ClaimMergerKeyTest {
  private static final Comparator<Claim> BY_ID = Comparator.comparing(Claim::claimId);

  @Property(tries = 200)
  void mergingKeyByKeyGivesTheClaimsOfOneMerger(@ForAll("events") List<Event> events) {
    ClaimMerger whole = new ClaimMerger();
    events.forEach(e -> whole.add(e, family(e)));

    Map<String, ClaimMerger> byKey = new HashMap<>();
    for (Event e : events) {
      byKey.computeIfAbsent(whole.key(e), k -> new ClaimMerger()).add(e, family(e));
    }
    List<Claim> split = new ArrayList<>();
    byKey.values().forEach(m -> split.addAll(m.claims()));

    assertThat(sorted(split)).isEqualTo(sorted(whole.claims()));
  }

  @Test
  void symmetricActsInEitherDirectionShareAKey() {
    ClaimMerger merger = new ClaimMerger();
    Event one = ClaimEvents.event().dyad("PRK", "RUS").type(EventType.CONSULT, null).build();
    Event other =
        ClaimEvents.event().doc("d2").dyad("RUS", "PRK").type(EventType.CONSULT, null).build();
    Event directed = ClaimEvents.event().dyad("PRK", "RUS").type(EventType.AID, "military").build();

    assertThat(merger.key(one)).isEqualTo(merger.key(other));
    assertThat(merger.key(directed)).isNotEqualTo(merger.key(one));
  }

  private static String family(Event e) {
    return e.docId().equals("d1") ? "f0" : "f" + e.docId();
  }

  private static List<Claim> sorted(List<Claim> claims) {
    return claims.stream().sorted(BY_ID).toList();
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Event> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of("PRK>RUS", "RUS>PRK", "PRKMIL>RUS", "KOR>JPN"),
                Arbitraries.of(EventType.AID, EventType.COOPERATE, EventType.CONSULT),
                Arbitraries.of(Modality.values()),
                Arbitraries.of("", "shells", "troops"),
                Arbitraries.of("", "2024", "2024-10", "2024-10-05"))
            .as(
                (doc, sentence, dyad, type, modality, object, date) -> {
                  ClaimEvents b =
                      ClaimEvents.event()
                          .doc("d" + doc)
                          .sentence(sentence)
                          .dyad(dyad.split(">")[0], dyad.split(">")[1])
                          .type(type, type == EventType.AID ? "military" : null)
                          .modality(modality);
                  if (!object.isEmpty()) {
                    b.object(object);
                  }
                  if (!date.isEmpty()) {
                    b.date(date);
                  }
                  return b.build();
                });
    return one.list().ofMaxSize(30);
  }
}
