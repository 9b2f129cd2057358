package dev.dyad.store.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.report.brief.Brief;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.brief.Development;
import dev.dyad.report.brief.HtmlBrief;
import dev.dyad.report.brief.MarkdownBrief;
import dev.dyad.report.brief.MostActiveDyad;
import dev.dyad.report.brief.ReactionGroup;
import dev.dyad.report.brief.Source;
import dev.dyad.report.brief.SourceQuality;
import dev.dyad.report.brief.Timeline;
import dev.dyad.report.brief.TopicAssessment;
import dev.dyad.report.brief.Voice;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief of North Korea – Russia on the sample corpus, section by section (examples/README.md).
 */
class BriefBuilderTest {
  @TempDir static Path dir;
  static Path db;
  static Brief brief;

  @BeforeAll
  static void build() {
    db = IngestedStore.examples(dir.resolve("examples.db"));
    try (Store store = Store.openReadOnly(db)) {
      brief =
          new BriefBuilder(store, ActorDictionary.builtIn()).build(BriefRequest.dyad("PRK", "RUS"));
    }
  }

  @Test
  void keyDevelopmentsAreTheFactsBetweenTheTwoNewestFirst() {
    assertThat(brief.keyDevelopments())
        .extracting(Development::statement)
        .contains(
            "North Korea and Russia reached an agreement",
            "North Korea provided military aid (munitions) to Russia");
    assertThat(brief.keyDevelopments())
        .allMatch(d -> d.status() == ClaimStatus.CONFIRMED || d.status() == ClaimStatus.REPORTED);
    assertThat(brief.keyDevelopments())
        .extracting(d -> d.date().orElseThrow().date())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void theSyndicatedCopyIsNotASecondSource() {
    Development munitions =
        find(brief.keyDevelopments(), "North Korea provided military aid (munitions) to Russia");
    assertThat(munitions.status()).isEqualTo(ClaimStatus.CONFIRMED);
    assertThat(munitions.documents()).isEqualTo(3);
    assertThat(munitions.factualSources()).isEqualTo(2);
    Source copy =
        brief.sources().stream()
            .filter(s -> s.uri().endsWith("harbour-ledger-pyongyang-munitions.html"))
            .findFirst()
            .orElseThrow();
    Source wire =
        brief.sources().stream()
            .filter(s -> s.uri().endsWith("2026-03-14-seoul-shipments.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(copy.sameFamilyAs()).contains(wire.number());
  }

  @Test
  void speculationNeverQuotedAsAFact() {
    Stream.concat(
            brief.keyDevelopments().stream(),
            brief.reactions().stream().flatMap(g -> g.reactions().stream()))
        .forEach(
            d ->
                assertThat(d.evidence().modality())
                    .as(d.statement())
                    .isNotIn(Modality.SPECULATIVE, Modality.CONDITIONAL));
    assertThat(brief.keyDevelopments()).allMatch(d -> d.evidence().modality().isFactual());
    assertThat(brief.speculatedEvents())
        .extracting(Development::status)
        .containsOnly(ClaimStatus.SPECULATIVE);
  }

  @Test
  void theDisputedDeploymentIsUnconfirmedWithItsDenial() {
    Development troops = find(brief.unconfirmed(), "North Korea deployed troops to Russia");
    assertThat(troops.status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(troops.evidence().modality().isFactual()).isTrue();
    assertThat(troops.denial()).isPresent();
    assertThat(troops.denial().get().sentence()).contains("denied");
    assertThat(troops.voices())
        .extracting(Voice::modality)
        .contains(Modality.ALLEGED, Modality.NEGATED);
  }

  @Test
  void plansAreNotFacts() {
    assertThat(brief.plannedAndDenied())
        .extracting(Development::statement)
        .contains("North Korea and Russia held joint military exercises");
    assertThat(brief.plannedAndDenied())
        .allMatch(d -> d.status() == ClaimStatus.PLANNED || d.status() == ClaimStatus.DENIED);
  }

  @Test
  void reactionsAreGroupedByThirdPartyTheDefaultListFirst() {
    List<String> order = brief.reactions().stream().map(g -> g.actor().code()).toList();
    assertThat(order).startsWith("USA", "KOR", "JPN");
    assertThat(order).contains("AUS", "NZL");
    assertThat(order.indexOf("AUS")).isGreaterThan(order.indexOf("JPN"));
    ReactionGroup usa = brief.reactions().get(0);
    assertThat(usa.reactions())
        .extracting(Development::statement)
        .contains(
            "The United States imposed sanctions on North Korea",
            "The United States criticized North Korea");
  }

  @Test
  void historicalClaimsAreLeftOutAndSaidSo() {
    assertThat(brief.reactions()).noneMatch(g -> g.actor().code().equals("USR"));
    assertThat(brief.method()).anyMatch(n -> n.contains("claims about the past"));
  }

  @Test
  void assessmentsHoldTheSpeculationByTopic() {
    assertThat(brief.assessments())
        .extracting(TopicAssessment::topic)
        .contains("arms-race", "sanctions-evasion", "peace-negotiations", "escalation");
    assertThat(brief.assessments())
        .allMatch(t -> t.independentSources() >= 1 && !t.citations().isEmpty());
  }

  @Test
  void sourcesAreNumberedOldestFirstAndEveryCitationResolves() {
    assertThat(brief.sources())
        .extracting(Source::number)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, brief.sources().size()).boxed().toList());
    assertThat(brief.sources().stream().flatMap(s -> s.published().stream()).toList())
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    int max = brief.sources().size();
    Stream.of(
            brief.keyDevelopments(),
            brief.unconfirmed(),
            brief.plannedAndDenied(),
            brief.speculatedEvents())
        .flatMap(List::stream)
        .flatMap(d -> d.citations().stream())
        .forEach(n -> assertThat(n).isBetween(1, max));
    brief.bottomLine().forEach(f -> f.citations().forEach(n -> assertThat(n).isBetween(1, max)));
  }

  @Test
  void theBottomLineIsThreeToFiveSentencesAndCitesWhatItNames() {
    assertThat(brief.bottomLine()).hasSizeBetween(3, 5);
    assertThat(brief.bottomLine().get(0).text())
        .startsWith("Between 14 March and 9 June 2026")
        .contains("between North Korea and Russia");
    brief.bottomLine().stream()
        .filter(f -> !f.claimIds().isEmpty() || !f.assessmentIds().isEmpty())
        .forEach(f -> assertThat(f.citations()).as(f.text()).isNotEmpty());
    assertThat(brief.bottomLine().get(2).text())
        .contains("North Korea deployed troops to Russia")
        .contains("disputed");
  }

  @Test
  void theQualityNoteCountsDuplicatesSpeculationAndChrome() {
    SourceQuality q = brief.quality();
    assertThat(q.duplicates()).isEqualTo(1);
    assertThat(q.documentsRead()).isEqualTo(q.families() + 1);
    assertThat(q.speculativeSentences()).isPositive().isLessThan(q.sentences());
    // The Northgate analysis (SEO notes, run-together words) and the Globe Desk page (comment
    // area).
    assertThat(q.withChromeResidue()).isEqualTo(2);
  }

  @Test
  void theTimelineIsTheStoresTimelineOfTheDyad() {
    List<Timeline.Row> rows = brief.timeline().rows();
    assertThat(rows)
        .extracting(Timeline.Row::label)
        .containsExactly("Mar 2026", "Apr 2026", "May 2026");
    try (Store store = Store.openReadOnly(db)) {
      var stores =
          store
              .analytics()
              .timeline(
                  "PRK",
                  "RUS",
                  dev.dyad.report.analytics.Period.MONTH,
                  Optional.of(java.time.LocalDate.of(2026, 3, 1)),
                  Optional.empty());
      assertThat(rows.stream().mapToInt(Timeline.Row::claims).sum()).isEqualTo(stores.claims());
    }
    // Every development with a date is in a row; the facts add up to the key developments.
    assertThat(rows.stream().mapToInt(Timeline.Row::facts).sum())
        .isEqualTo(brief.keyDevelopments().size());
    assertThat(rows.stream().mapToInt(Timeline.Row::unconfirmed).sum())
        .isEqualTo(brief.unconfirmed().size());
    assertThat(rows.get(0).balance()).hasValue(1.0);
  }

  @Test
  void aClaimDatedToTheMonthByItsTextShowsTheMonth() {
    Development munitions =
        find(brief.keyDevelopments(), "North Korea provided military aid (munitions) to Russia");
    assertThat(munitions.date().orElseThrow().monthPrecise()).isTrue();
    assertThat(MarkdownBrief.render(brief))
        .contains("**March 2026: North Korea provided military aid (munitions) to Russia.**");
  }

  @Test
  void theStoreReadsTheDocumentsAboutTheSubjectWithTheirCounts() {
    try (Store store = Store.openReadOnly(db)) {
      List<dev.dyad.report.brief.StoredDocument> all = store.documentsAbout(List.of());
      List<dev.dyad.report.brief.StoredDocument> about =
          store.documentsAbout(List.of("PRK", "RUS"));
      assertThat(all).hasSize(17);
      assertThat(about).hasSize(brief.quality().documentsRead()).allMatch(d -> d.sentences() > 0);
      assertThat(all)
          .anyMatch(
              d ->
                  d.title().orElse("").contains("Second Thomas Shoal")
                      || d.uri().contains("water-cannon"));
      assertThat(about).noneMatch(d -> d.uri().contains("water-cannon"));
      assertThat(
              all.stream()
                  .mapToInt(dev.dyad.report.brief.StoredDocument::speculativeSentences)
                  .sum())
          .isGreaterThanOrEqualTo(brief.quality().speculativeSentences());
    }
  }

  @Test
  void theMostActiveDyadOfTheSampleIsNorthKoreaAndRussia() {
    try (Store store = Store.openReadOnly(db)) {
      assertThat(MostActiveDyad.of(store)).contains(List.of("PRK", "RUS"));
    }
  }

  @Test
  void aDyadWithoutClaimsGivesAnEmptyButWellFormedBrief() {
    try (Store store = Store.openReadOnly(db)) {
      Brief empty =
          new BriefBuilder(store, ActorDictionary.builtIn()).build(BriefRequest.dyad("FRA", "BRA"));
      assertThat(empty.subject().title()).isEqualTo("France – Brazil");
      assertThat(empty.keyDevelopments()).isEmpty();
      assertThat(empty.bottomLine()).hasSizeBetween(3, 5);
      assertThat(MarkdownBrief.render(empty)).contains("## Key developments", "## Sources");
      assertThat(HtmlBrief.render(empty)).contains("</html>");
    }
  }

  static Development find(List<Development> list, String statement) {
    return list.stream()
        .filter(d -> d.statement().equals(statement))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    statement + " not in " + list.stream().map(Development::statement).toList()));
  }
}
