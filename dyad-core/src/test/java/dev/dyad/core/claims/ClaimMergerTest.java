package dev.dyad.core.claims;

import static dev.dyad.core.claims.ClaimEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimMergerTest {
  private final ClaimMerger merger = new ClaimMerger();

  @Test
  void mergesTheSameTransferReportedByTwoOutlets() {
    merger.add(
        event().doc("a").object("artillery shells").modality(Modality.REPORTED).build(), "A");
    merger.add(event().doc("b").object("munitions").build(), "B");
    List<Claim> claims = merger.claims();
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.documents()).isEqualTo(2);
    assertThat(c.independentSources()).isEqualTo(2);
    assertThat(c.status()).isEqualTo(ClaimStatus.CONFIRMED);
    assertThat(c.statement()).isEqualTo("North Korea provided military aid (munitions) to Russia");
    assertThat(c.source()).isEqualTo(new ClaimActor("PRK", "North Korea"));
    assertThat(c.modalityProfile()).isEqualTo(Map.of(Modality.ASSERTED, 1, Modality.REPORTED, 1));
    assertThat(c.firstReported()).contains("2024-10-20");
  }

  @Test
  void countsASyndicatedCopyAsOneSource() {
    merger.add(event().doc("original").object("shells").build(), "family-1");
    merger.add(event().doc("copy").object("shells").build(), "family-1");
    Claim c = merger.claims().get(0);
    assertThat(c.documents()).isEqualTo(2);
    assertThat(c.independentSources()).isEqualTo(1);
    assertThat(c.status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void marksAssertedAndDeniedAsDisputed() {
    merger.add(event().doc("a").object("troops").build(), "A");
    merger.add(event().doc("b").object("soldiers").modality(Modality.NEGATED).build(), "B");
    assertThat(merger.claims())
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.DISPUTED));
  }

  @Test
  void neverMergesMunitionsWithTroops() {
    merger.add(event().doc("a").object("munitions").build(), "A");
    merger.add(event().doc("b").object("troops").build(), "B");
    merger.add(event().doc("c").build(), "C"); // no object: joins one of them, never both
    List<Claim> claims = merger.claims();
    assertThat(claims)
        .extracting(c -> c.object().orElseThrow())
        .containsExactlyInAnyOrder("munitions", "troops");
    assertThat(claims).extracting(Claim::documents).containsExactlyInAnyOrder(1, 2);
    assertThat(claims)
        .extracting(Claim::statement)
        .contains("North Korea deployed troops to Russia");
  }

  @Test
  void neverMergesHistoryWithNews() {
    merger.add(event().dyad("USR", "PRK").doc("a").historical().build(), "A");
    merger.add(event().dyad("RUS", "PRK").doc("b").build(), "B");
    merger.add(event().dyad("USR", "PRK").doc("c").build(), "C");
    assertThat(merger.claims()).hasSize(3);
  }

  @Test
  void keepsDifferentYearsApartButLetsAnUndatedReportJoin() {
    merger.add(event().doc("a").date("2023").object("shells").build(), "A");
    merger.add(event().doc("b").date("2024-10").object("shells").build(), "B");
    merger.add(event().doc("c").date("2024-10-02").object("shells").build(), "C");
    merger.add(event().doc("d").object("shells").build(), "D");
    List<Claim> claims = merger.claims();
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).documents()).isEqualTo(3); // 2024-10, 2024-10-02 and the undated
  }

  @Test
  void keepsReportsOfOneActInTwoQuartersAsTwoClaims() {
    // Undated reports four days apart merge, unless a quarter turns between them.
    merger.add(event().doc("a").published(LocalDate.of(2024, 3, 29)).build(), "A");
    merger.add(event().doc("b").published(LocalDate.of(2024, 4, 2)).build(), "B");
    merger.add(event().doc("c").published(LocalDate.of(2024, 4, 6)).build(), "C");
    List<Claim> claims = merger.claims();
    assertThat(claims).extracting(Claim::documents).containsExactly(2, 1);
    assertThat(claims.get(0).firstReported()).contains("2024-04-02");
  }

  @Test
  void placesAYearNamedInALaterArticleInThatYearsLastQuarter() {
    merger.add(
        event().doc("a").date("2023").published(LocalDate.of(2025, 2, 1)).object("shells").build(),
        "A");
    merger.add(
        event()
            .doc("b")
            .date("2023-12-05")
            .published(LocalDate.of(2023, 12, 6))
            .object("shells")
            .build(),
        "B");
    merger.add(
        event()
            .doc("c")
            .date("2023-05-05")
            .published(LocalDate.of(2023, 5, 6))
            .object("shells")
            .build(),
        "C");
    assertThat(merger.claims()).extracting(Claim::documents).containsExactly(2, 1);
  }

  @Test
  void mergesBothDirectionsOfASymmetricActIntoOneClaimPerDyad() {
    for (String[] dyad :
        List.of(new String[] {"PRKGOV", "RUSGOV"}, new String[] {"RUSGOV", "PRKGOV"})) {
      merger.add(
          event()
              .type(EventType.CONSULT, null)
              .pattern("consult.summit.between")
              .dyad(dyad[0], dyad[1])
              .doc("a")
              .build(),
          "A");
    }
    merger.add(
        event()
            .type(EventType.CONSULT, null)
            .pattern("consult.meet")
            .dyad("RUS", "PRK")
            .doc("b")
            .build(),
        "B");
    merger.add(event().type(EventType.CONSULT, null).dyad("KOR", "JPN").doc("b").build(), "B");
    List<Claim> claims = merger.claims();
    assertThat(claims)
        .extracting(Claim::statement)
        .containsExactly("North Korea and Russia held talks", "South Korea and Japan held talks");
    assertThat(claims.get(0).mentions()).hasSize(2); // one per sentence, not per direction
    assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.CONFIRMED);
  }

  @Test
  void phrasesAccusationsAndSanctionsWithTheArticleWhereEnglishNeedsIt() {
    merger.add(event().type(EventType.ACCUSE, null).dyad("USAGOV", "PRK").build(), "A");
    merger.add(
        event()
            .type(EventType.SANCTION, null)
            .dyad("IGOEUREEC", "PRK")
            .sentence(1)
            .object("sanctions")
            .build(),
        "A");
    assertThat(merger.claims())
        .extracting(Claim::statement)
        .containsExactlyInAnyOrder(
            "The United States accused North Korea",
            "The European Union imposed sanctions on North Korea");
  }

  @Test
  void ranksStatusByThePrecedenceRules() {
    assertThat(status(Modality.ALLEGED, Modality.SPECULATIVE)).isEqualTo(ClaimStatus.ALLEGED);
    assertThat(status(Modality.PLANNED, Modality.CONDITIONAL)).isEqualTo(ClaimStatus.PLANNED);
    assertThat(status(Modality.SPECULATIVE)).isEqualTo(ClaimStatus.SPECULATIVE);
    assertThat(status(Modality.NEGATED)).isEqualTo(ClaimStatus.DENIED);
    assertThat(status(Modality.ALLEGED, Modality.NEGATED)).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(ClaimStatus.CONFIRMED.label()).isEqualTo("confirmed");
  }

  @Test
  void countsAnEventAddedTwiceOnce() {
    var e = event().object("shells").build();
    merger.add(e, "A");
    merger.add(e, "A");
    assertThat(merger.claims().get(0).mentions()).hasSize(1);
  }

  private static ClaimStatus status(Modality... modalities) {
    ClaimMerger m = new ClaimMerger();
    for (int i = 0; i < modalities.length; i++) {
      m.add(event().doc("d" + i).modality(modalities[i]).build(), "F" + i);
    }
    return m.claims().get(0).status();
  }

  @Test
  void mergesReportsOfOneDeploymentDatedByTheirAnnouncementDays() {
    ClaimMerger merger = new ClaimMerger();
    merger.add(event().doc("a").object("troops").date("2026-06-03").build(), "A");
    merger.add(
        event().doc("b").object("troops").date("2026-06-09").modality(Modality.NEGATED).build(),
        "B");
    assertThat(merger.claims()).hasSize(1);
    assertThat(merger.claims().get(0).status()).isEqualTo(ClaimStatus.DISPUTED);
  }

  @Test
  void keepsStrikesOnDifferentDaysApart() {
    ClaimMerger merger = new ClaimMerger();
    merger.add(
        event()
            .doc("a")
            .type(EventType.ASSAULT, "aerial")
            .object("missiles")
            .date("2026-06-03")
            .build(),
        "A");
    merger.add(
        event()
            .doc("b")
            .type(EventType.ASSAULT, "aerial")
            .object("missiles")
            .date("2026-06-06")
            .build(),
        "B");
    assertThat(merger.claims()).hasSize(2);
  }
}
