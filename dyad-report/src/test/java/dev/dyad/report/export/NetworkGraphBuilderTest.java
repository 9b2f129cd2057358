package dev.dyad.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkGraphBuilderTest {
  private static final Claim AID_1 =
      Fixtures.claim(
          "c1",
          Fixtures.PRK,
          Fixtures.RUS,
          EventType.AID,
          Optional.of("military"),
          ClaimStatus.CONFIRMED,
          4,
          3);
  private static final Claim AID_2 =
      Fixtures.claim(
          "c2",
          Fixtures.PRK,
          Fixtures.RUS,
          EventType.AID,
          Optional.of("military"),
          ClaimStatus.REPORTED,
          1,
          1);
  private static final Claim SELF =
      Fixtures.claim(
          "c3",
          Fixtures.PRK,
          Fixtures.PRK,
          EventType.MOBILIZE,
          Optional.empty(),
          ClaimStatus.REPORTED,
          1,
          1);

  @Test
  void countsAGroupOfClaimsAsItCountsThemOneByOne() {
    NetworkGraph oneByOne =
        new NetworkGraph.Builder(EventOntology.builtIn()).add(AID_2).add(AID_1).add(SELF).build();
    NetworkGraph grouped =
        new NetworkGraph.Builder(EventOntology.builtIn())
            .add(
                Fixtures.PRK,
                Fixtures.RUS,
                EventType.AID,
                Optional.of("military"),
                2,
                4,
                List.of("c2", "c1"))
            .add(
                Fixtures.PRK,
                Fixtures.PRK,
                EventType.MOBILIZE,
                Optional.empty(),
                1,
                1,
                List.of("c3"))
            .build();

    assertThat(grouped).isEqualTo(oneByOne);
    assertThat(grouped.edges().get(1).claimIds()).containsExactly("c1", "c2");
    // A claim of an actor on itself is one of its claims, not two.
    assertThat(grouped.nodes().get(0).claims()).isEqualTo(3);
  }
}
