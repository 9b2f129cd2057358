package dev.dyad.store.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.report.brief.Brief;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.brief.Development;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefs for a period and for one actor, on the sample corpus. */
class BriefRequestsTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void ingest() {
    db = IngestedStore.examples(dir.resolve("examples.db"));
  }

  @Test
  void aPeriodKeepsTheClaimsReportedWithinIt() {
    Brief june =
        build(
            BriefRequest.dyad("PRK", "RUS")
                .within(Optional.of(LocalDate.of(2026, 6, 1)), Optional.empty()));
    assertThat(statements(june))
        .contains("North Korea deployed troops to Russia")
        .doesNotContain("North Korea provided military aid (munitions) to Russia");
    assertThat(june.bottomLine().get(0).text()).contains("dated on or after 1 June 2026");
    assertThat(june.method()).anyMatch(n -> n.contains("reported within the period"));
    // Only articles published in June are read; the undated analysis is not.
    assertThat(june.quality().documentsRead()).isLessThan(10);

    Brief march =
        build(
            BriefRequest.dyad("PRK", "RUS")
                .within(Optional.empty(), Optional.of(LocalDate.of(2026, 3, 31))));
    assertThat(statements(march))
        .contains("North Korea provided military aid (munitions) to Russia")
        .doesNotContain(
            "North Korea deployed troops to Russia", "North Korea and Russia reached an agreement");
  }

  @Test
  void anActorsBriefHasItsOwnClaimsAndWhatOthersDidTowardIt() {
    Brief russia = build(BriefRequest.actor("RUS"));
    assertThat(russia.subject().isDyad()).isFalse();
    // Done together with North Korea: Russia's own.
    assertThat(statements(russia)).contains("North Korea and Russia reached an agreement");
    // North Korea's deployment is aimed at Russia, but an open allegation about Russia all the
    // same.
    assertThat(russia.unconfirmed())
        .extracting(Development::statement)
        .contains("North Korea deployed troops to Russia");
    assertThat(russia.bottomLine().get(2).text()).contains("North Korea deployed troops to Russia");
    List<String> others = russia.reactions().stream().map(g -> g.actor().code()).toList();
    assertThat(others).contains("PRK", "KOR");
    assertThat(
            russia.reactions().stream()
                .filter(g -> g.actor().code().equals("KOR"))
                .findFirst()
                .orElseThrow()
                .reactions())
        .extracting(Development::statement)
        .contains("South Korea criticized Russia");
    // Nothing is listed twice.
    List<String> ids =
        Stream.concat(
                Stream.of(russia.keyDevelopments(), russia.unconfirmed(), russia.plannedAndDenied())
                    .flatMap(List::stream),
                russia.reactions().stream().flatMap(g -> g.reactions().stream()))
            .flatMap(d -> d.claimIds().stream())
            .toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(russia.bottomLine().get(0).text()).contains("involving Russia");
  }

  @Test
  void badRequestsAreRefusedWithAReason() {
    assertThatThrownBy(() -> BriefRequest.dyad("PRK", "prk")).hasMessageContaining("twice");
    assertThatThrownBy(() -> BriefRequest.actor("R'; DROP"))
        .hasMessageContaining("letters and digits");
    assertThatThrownBy(
            () ->
                BriefRequest.actor("RUS")
                    .within(
                        Optional.of(LocalDate.of(2026, 6, 2)),
                        Optional.of(LocalDate.of(2026, 6, 1))))
        .hasMessageContaining("before it starts");
  }

  private static Brief build(BriefRequest request) {
    try (Store store = Store.openReadOnly(db)) {
      return new BriefBuilder(store, ActorDictionary.builtIn()).build(request);
    }
  }

  private static List<String> statements(Brief b) {
    return Stream.of(b.keyDevelopments(), b.unconfirmed(), b.plannedAndDenied())
        .flatMap(List::stream)
        .map(Development::statement)
        .toList();
  }
}
