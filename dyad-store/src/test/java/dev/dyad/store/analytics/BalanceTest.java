package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.report.analytics.Balance;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BalanceTest {
  /** A claim as the balance sees it. */
  record Weighed(ClaimStatus status, int sources, double intensity) {}

  @Test
  void weighsConfirmedClaimsAboveAllegedOnesInTheBalance() {
    BalanceTally t = new BalanceTally();
    t.add(ClaimStatus.CONFIRMED, 1, 7.0); // cooperation
    t.add(ClaimStatus.ALLEGED, 1, -9.0); // conflict, merely alleged
    Balance b = t.balance();
    assertThat(b.cooperation()).isEqualTo(1.0);
    assertThat(b.conflict()).isEqualTo(0.25);
    assertThat(b.value().getAsDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(b.meanIntensity().getAsDouble()).isCloseTo((7.0 - 0.25 * 9.0) / 1.25, within(1e-12));
  }

  @Test
  void hasNoBalanceWithoutAnythingFactualOrWithOnlyNeutralClaims() {
    BalanceTally speculative = new BalanceTally();
    speculative.add(ClaimStatus.SPECULATIVE, 3, 8.0);
    speculative.add(ClaimStatus.PLANNED, 1, -8.0);
    assertThat(speculative.balance().value()).isEmpty();
    assertThat(speculative.balance().meanIntensity()).isEmpty();

    BalanceTally neutral = new BalanceTally();
    neutral.add(ClaimStatus.CONFIRMED, 2, 0.0);
    assertThat(neutral.balance().value()).isEmpty();
    assertThat(neutral.balance().meanIntensity()).hasValue(0.0);
  }

  @Property
  void staysWithinMinusOneAndOne(@ForAll("claims") List<Weighed> claims) {
    OptionalDouble value = tally(claims).balance().value();
    value.ifPresent(v -> assertThat(v).isBetween(-1.0, 1.0));
  }

  @Property
  void neverCountsSpeculationPlansOrDenialsAsFact(
      @ForAll("claims") List<Weighed> claims, @ForAll("notFacts") Weighed added) {
    BalanceTally before = tally(claims);
    BalanceTally after = tally(claims);
    after.add(added.status(), added.sources(), added.intensity());
    assertThat(after.balance()).isEqualTo(before.balance());
  }

  private static BalanceTally tally(List<Weighed> claims) {
    BalanceTally t = new BalanceTally();
    claims.forEach(c -> t.add(c.status(), c.sources(), c.intensity()));
    return t;
  }

  @Provide
  Arbitrary<List<Weighed>> claims() {
    return weighed(Arbitraries.of(ClaimStatus.class)).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<Weighed> notFacts() {
    return weighed(
        Arbitraries.of(ClaimStatus.PLANNED, ClaimStatus.SPECULATIVE, ClaimStatus.DENIED));
  }

  private static Arbitrary<Weighed> weighed(Arbitrary<ClaimStatus> statuses) {
    return Combinators.combine(
            statuses,
            Arbitraries.integers().between(1, 500),
            Arbitraries.doubles().between(-10, 10).ofScale(1))
        .as(Weighed::new);
  }
}
