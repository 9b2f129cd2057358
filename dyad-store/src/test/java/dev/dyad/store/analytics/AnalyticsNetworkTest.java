package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.export.NetworkGraph;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Analytics#network} counts in SQL the graph the export draws from whole claims. */
class AnalyticsNetworkTest {
  static final Path db = IngestedStore.sharedExamples();

  @Test
  void drawsTheSameGraphAsTheExportFromTheFactualClaims() {
    try (Store store = Store.openReadOnly(db)) {
      NetworkGraph counted = store.analytics().network(ClaimQuery.ALL, NetworkGraph.FACTUAL);
      assertSameGraph(counted, NetworkGraph.fromClaims(store.claims(ClaimQuery.ALL)));
      assertThat(counted.edges()).isNotEmpty();
    }
  }

  @Test
  void drawsTheStatusesAndClaimsItIsAskedFor() {
    try (Store store = Store.openReadOnly(db)) {
      Set<ClaimStatus> all = EnumSet.allOf(ClaimStatus.class);
      ClaimQuery northKorea = ClaimQuery.ALL.withActor("PRK");
      NetworkGraph counted = store.analytics().network(northKorea, all);
      assertSameGraph(
          counted, NetworkGraph.fromClaims(store.claims(northKorea), all, EventOntology.builtIn()));
      assertThat(counted.nodes()).extracting(NetworkGraph.Node::id).contains("PRK", "RUS", "USA");
    }
  }

  @Test
  void signsTheNorthKoreanAidToRussiaAsCooperationAndNamesItsClaims() {
    try (Store store = Store.openReadOnly(db)) {
      NetworkGraph g = store.analytics().network(ClaimQuery.ALL, NetworkGraph.FACTUAL);
      NetworkGraph.Edge edge =
          g.edges().stream()
              .filter(e -> e.source().equals("PRK") && e.target().equals("RUS"))
              .findFirst()
              .orElseThrow();
      List<String> factual =
          store.claims(ClaimQuery.ALL.withDyad("PRK", "RUS")).stream()
              .filter(
                  c -> NetworkGraph.FACTUAL.contains(c.status()) && c.source().code().equals("PRK"))
              .map(Claim::claimId)
              .sorted()
              .toList();
      assertThat(edge.sign()).isEqualTo(1);
      assertThat(edge.claimIds()).isEqualTo(factual);
      assertThat(edge.weight()).isEqualTo(factual.size());
    }
  }

  @Test
  void drawsNothingWhenNoStatusIsAsked() {
    try (Store store = Store.openReadOnly(db)) {
      NetworkGraph g = store.analytics().network(ClaimQuery.ALL, Set.of());
      assertThat(g.nodes()).isEmpty();
      assertThat(g.edges()).isEmpty();
    }
  }

  private static void assertSameGraph(NetworkGraph actual, NetworkGraph expected) {
    assertThat(actual.nodes()).isEqualTo(expected.nodes());
    assertThat(actual.edges()).hasSameSizeAs(expected.edges());
    for (int i = 0; i < expected.edges().size(); i++) {
      NetworkGraph.Edge a = actual.edges().get(i);
      NetworkGraph.Edge e = expected.edges().get(i);
      assertThat(List.of(a.source(), a.target())).isEqualTo(List.of(e.source(), e.target()));
      assertThat(a.claims()).isEqualTo(e.claims());
      assertThat(a.independentSources()).isEqualTo(e.independentSources());
      assertThat(a.quadClasses()).isEqualTo(e.quadClasses());
      assertThat(a.claimIds()).isEqualTo(e.claimIds());
      assertThat(a.meanIntensity()).isCloseTo(e.meanIntensity(), within(1e-9));
    }
  }
}
