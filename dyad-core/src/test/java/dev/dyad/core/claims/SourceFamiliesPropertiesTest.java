package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Families do not depend on arrival order, and similarity does not depend on argument order. */
class SourceFamiliesPropertiesTest {
  /** Two copy families (sizes 3 and 2), an independent report of the first event, a stranger. */
  private static final List<Document> DOCS = docs();

  @Example
  void fixtureHasFourFamilies() {
    assertThat(partition(DOCS)).extracting(Set::size).containsExactlyInAnyOrder(3, 2, 1, 1);
  }

  @Property(tries = 200)
  void anyOrderGivesTheSamePartition(@ForAll("orders") List<Document> order) {
    assertThat(partition(order)).isEqualTo(partition(DOCS));
  }

  /**
   * With publication dates a few weeks apart (some beyond the window, some unknown), the families
   * still do not depend on the order documents arrive in.
   */
  @Property(tries = 200)
  void anyOrderOfDatedDocumentsGivesTheSamePartition(
      @ForAll("datedOrders") List<List<Document>> p) {
    assertThat(partition(p.get(1))).isEqualTo(partition(p.get(0)));
  }

  @Provide
  Arbitrary<List<List<Document>>> datedOrders() {
    // -1: no known date; otherwise days after a first day, so pairs fall either side of 30 days.
    return Arbitraries.integers()
        .between(-1, 70)
        .list()
        .ofSize(DOCS.size())
        .map(SourceFamiliesPropertiesTest::dated)
        .flatMap(dated -> Arbitraries.shuffle(dated).map(order -> List.of(dated, order)));
  }

  private static List<Document> dated(List<Integer> days) {
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < DOCS.size(); i++) {
      String text = DOCS.get(i).text();
      int day = days.get(i);
      out.add(day < 0 ? FamilyTestDocs.of(text) : FamilyTestDocs.of(text, FIRST_DAY.plusDays(day)));
    }
    return out;
  }

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  @Property(tries = 100)
  void similarityIsSymmetric(@ForAll("texts") String a, @ForAll("texts") String b) {
    MinHash minHash = new MinHash(128, 3);
    int[] sa = MinHash.compact(minHash.signature(Shingles.of(a, 5)));
    int[] sb = MinHash.compact(minHash.signature(Shingles.of(b, 5)));
    assertThat(MinHash.similarity(sa, sb)).isEqualTo(MinHash.similarity(sb, sa));

    SourceFamilies ab = new SourceFamilies();
    SourceFamilies ba = new SourceFamilies();
    Document da = FamilyTestDocs.of(a);
    Document db = FamilyTestDocs.of(b);
    boolean joinedAb = ab.add(da).equals(ab.add(db));
    boolean joinedBa = ba.add(db).equals(ba.add(da));
    assertThat(joinedAb).isEqualTo(joinedBa);
  }

  @Provide
  Arbitrary<List<Document>> orders() {
    return Arbitraries.shuffle(DOCS);
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> pool = DOCS.stream().map(Document::text).toList();
    Arbitrary<String> fromPool = Arbitraries.of(pool);
    Arbitrary<String> random =
        Arbitraries.of("port", "strike", "ship", "union", "pay", "said", "the", "on", "night")
            .list()
            .ofMinSize(5)
            .ofMaxSize(60)
            .map(words -> String.join(" ", words));
    return Arbitraries.oneOf(fromPool, random);
  }

  private static Set<Set<String>> partition(List<Document> order) {
    SourceFamilies families = new SourceFamilies();
    order.forEach(families::add);
    Map<String, Set<String>> byFamily = new HashMap<>();
    for (Document d : order) {
      byFamily.computeIfAbsent(families.familyOf(d.id()), k -> new HashSet<>()).add(d.id());
    }
    return new HashSet<>(byFamily.values());
  }

  private static List<Document> docs() {
    List<Document> out = new ArrayList<>();
    for (SourceFamiliesPairsTest.Pair p : SourceFamiliesPairsTest.pairs()) {
      switch (p.id()) {
        // The port story and two copies; the flood story and one copy.
        case "p01", "p03" -> {
          out.add(FamilyTestDocs.of(p.a()));
          out.add(FamilyTestDocs.of(p.b()));
        }
        case "p02" -> out.add(FamilyTestDocs.of(p.a()));
        // An independent report of the port strike; an unrelated story.
        case "p33", "p59" -> out.add(FamilyTestDocs.of(p.b()));
        default -> {}
      }
    }
    return out.stream().distinct().toList();
  }
}
