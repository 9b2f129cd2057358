package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClaimMergerPropertiesTest {
  @Property(tries = 300)
  void mergingIsIndependentOfTheOrderOfEvents(
      @ForAll("events") List<Event> events, @ForAll long seed) {
    List<Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(merge(shuffled)).isEqualTo(merge(events));
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
    events.forEach(e -> merger.add(e, e.docId().equals("d1") ? "f0" : "f" + e.docId()));
    return merger.claims();
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
