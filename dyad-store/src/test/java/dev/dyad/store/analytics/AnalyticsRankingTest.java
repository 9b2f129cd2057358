package dev.dyad.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ActorActivity;
import dev.dyad.report.analytics.DyadActivity;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Analytics#actors} and {@link Analytics#dyads} on the sample corpus, against the claims
 * themselves.
 */
class AnalyticsRankingTest {
  static final Path db = IngestedStore.sharedExamples();

  @Test
  void ranksNorthKoreaAndRussiaAsTheMostActiveActors() {
    try (Store store = Store.openReadOnly(db)) {
      List<ActorActivity> actors = store.analytics().actors(ClaimQuery.ALL, 5);
      assertThat(actors).hasSize(5);
      assertThat(actors).extracting(ActorActivity::code).startsWith("PRK", "RUS");
      assertThat(actors.get(0).name()).isEqualTo("North Korea");
    }
  }

  @Test
  void countsEachActorsClaimsSourcesAndMentionsAsTheClaimsSay() {
    try (Store store = Store.openReadOnly(db)) {
      List<ActorActivity> actors = store.analytics().actors(ClaimQuery.ALL, 1000);
      Map<String, ActorActivity> expected = expectedActors(store.claims(ClaimQuery.ALL));
      assertThat(actors).containsExactlyInAnyOrderElementsOf(expected.values());
      for (int i = 1; i < actors.size(); i++) {
        ActorActivity before = actors.get(i - 1);
        ActorActivity after = actors.get(i);
        assertThat(
                before.claims() > after.claims()
                    || before.claims() == after.claims() && before.mentions() > after.mentions()
                    || before.claims() == after.claims()
                        && before.mentions() == after.mentions()
                        && before.code().compareTo(after.code()) < 0)
            .as(before + " before " + after)
            .isTrue();
      }
    }
  }

  @Test
  void countsOnlyTheClaimsTheFilterPasses() {
    try (Store store = Store.openReadOnly(db)) {
      List<ActorActivity> confirmed =
          store.analytics().actors(ClaimQuery.ALL.withStatus(ClaimStatus.CONFIRMED), 10);
      assertThat(confirmed)
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a.confirmed()).isEqualTo(a.claims()));
      List<ActorActivity> accusers =
          store
              .analytics()
              .actors(ClaimQuery.ALL.withType(EventType.ACCUSE).withText("deployment"), 10);
      assertThat(accusers)
          .isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(
              expectedActors(
                      store.claims(
                          ClaimQuery.ALL.withType(EventType.ACCUSE).withText("deployment")))
                  .values());
    }
  }

  @Test
  void ranksNorthKoreaAndRussiaAsTheTopDyadWithTheirFirstAndLastClaimDates() {
    try (Store store = Store.openReadOnly(db)) {
      DyadActivity top = store.analytics().dyads(ClaimQuery.ALL, 1).get(0);
      assertThat(top.a()).isEqualTo("PRK");
      assertThat(top.aName()).isEqualTo("North Korea");
      assertThat(top.b()).isEqualTo("RUS");
      assertThat(top.bName()).isEqualTo("Russia");
      assertThat(top.claims())
          .isEqualTo(store.claims(ClaimQuery.ALL.withDyad("PRK", "RUS")).size());
      assertThat(top.byStatus())
          .containsEntry(ClaimStatus.DISPUTED, 1)
          .containsEntry(ClaimStatus.SPECULATIVE, 3);
      // Munitions "in March" (month-precise), the deployment of 28 May.
      assertThat(top.first()).contains(LocalDate.of(2026, 3, 1));
      assertThat(top.last()).contains(LocalDate.of(2026, 5, 28));
    }
  }

  @Test
  void weighsEachDyadsBalanceFromItsClaimsStatusesAndSources() {
    try (Store store = Store.openReadOnly(db)) {
      List<DyadActivity> dyads = store.analytics().dyads(ClaimQuery.ALL, 100);
      List<Claim> all = store.claims(ClaimQuery.ALL);
      // A claim with no target (a missile test) is in no dyad.
      assertThat(all).anyMatch(c -> !c.dyadic());
      assertThat(dyads.stream().mapToInt(DyadActivity::claims).sum())
          .isEqualTo(all.stream().filter(Claim::dyadic).count());
      for (DyadActivity d : dyads) {
        BalanceTally expected = new BalanceTally();
        store.claims(ClaimQuery.ALL.withDyad(d.a(), d.b())).stream()
            .filter(c -> pair(c).equals(d.a() + "-" + d.b()))
            .forEach(
                c ->
                    expected.add(
                        c.status(),
                        c.independentSources(),
                        EventOntology.builtIn().kind(c.eventType(), c.mode()).intensity()));
        assertThat(d.balance().cooperation())
            .as(d.a() + "-" + d.b())
            .isCloseTo(expected.balance().cooperation(), within(1e-9));
        assertThat(d.balance().conflict())
            .as(d.a() + "-" + d.b())
            .isCloseTo(expected.balance().conflict(), within(1e-9));
      }
      assertThat(dyads)
          .extracting(DyadActivity::claims)
          .isSortedAccordingTo((x, y) -> Integer.compare(y, x));
    }
  }

  @Test
  void refusesALimitBelowOne() {
    try (Store store = Store.openReadOnly(db)) {
      assertThatThrownBy(() -> store.analytics().dyads(ClaimQuery.ALL, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static String pair(Claim c) {
    String s = c.source().code();
    String t = c.targetCode();
    return s.compareTo(t) <= 0 ? s + "-" + t : t + "-" + s;
  }

  /** The ranking's counts, computed the slow way from whole claims. */
  private static Map<String, ActorActivity> expectedActors(List<Claim> claims) {
    Map<String, ActorActivity> out = new TreeMap<>();
    for (Claim c : claims) {
      boolean self = c.source().code().equals(c.targetCode());
      add(out, c.source().code(), c.source().name(), c, true, self);
      // A claim with no target counts for its source alone.
      if (!self && c.dyadic()) {
        add(out, c.targetCode(), c.targetName(), c, false, false);
      }
    }
    return out;
  }

  private static void add(
      Map<String, ActorActivity> out,
      String code,
      String name,
      Claim c,
      boolean source,
      boolean self) {
    ActorActivity was = out.getOrDefault(code, new ActorActivity(code, name, 0, 0, 0, 0, 0, 0));
    out.put(
        code,
        new ActorActivity(
            code,
            name,
            was.claims() + 1,
            was.asSource() + (source ? 1 : 0),
            was.asTarget() + (!source || self ? 1 : 0),
            was.confirmed() + (c.status() == ClaimStatus.CONFIRMED ? 1 : 0),
            was.independentSources() + c.independentSources(),
            was.mentions() + c.mentions().size()));
  }
}
