package dev.dyad.store.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.report.brief.Brief;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.brief.Development;
import dev.dyad.report.brief.MarkdownBrief;
import dev.dyad.report.brief.ReactionGroup;
import dev.dyad.report.brief.TopicAssessment;
import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief on the five real seed articles ({@code ../shared/corpus/seeds}, read in place): what
 * the issue asks of it. Skipped, saying so, when the shared corpus is absent.
 */
class BriefSeedsTest {
  @TempDir static Path dir;
  static Brief brief;
  static String markdown;

  @BeforeAll
  static void build() {
    Path seeds = Corpora.seeds();
    Path db = IngestedStore.of(seeds, dir.resolve("seeds.db"));
    try (Store store = Store.openReadOnly(db)) {
      brief =
          new BriefBuilder(store, ActorDictionary.builtIn()).build(BriefRequest.dyad("PRK", "RUS"));
    }
    markdown = MarkdownBrief.render(brief);
  }

  @Test
  void listsTheTroopDeploymentAndTheMunitionsAmongKeyOrUnconfirmedDevelopments() {
    List<String> developments =
        Stream.concat(brief.keyDevelopments().stream(), brief.unconfirmed().stream())
            .map(Development::statement)
            .toList();
    assertThat(developments)
        .contains(
            "North Korea deployed troops to Russia",
            "North Korea provided military aid (munitions) to Russia");
  }

  @Test
  void quotesTheMunitionsReportNotTheSpeculationAboutThem() {
    Development munitions =
        BriefBuilderTest.find(
            brief.keyDevelopments(), "North Korea provided military aid (munitions) to Russia");
    assertThat(munitions.evidence().modality().isFactual()).isTrue();
    assertThat(munitions.evidence().sentence()).contains("Reports indicate");
    assertThat(munitions.factualSources()).isEqualTo(1);
  }

  @Test
  void listsTheUsCondemnationAndTheSouthKoreanAndJapaneseMeasuresAmongReactions() {
    ReactionGroup usa = group("USA");
    assertThat(usa.reactions())
        .anyMatch(
            d ->
                d.statement().contains("criticized")
                    && d.evidence().sentence().contains("condemned"));
    // "The U.S. has condemned the cooperation": one reaction toward both sides.
    assertThat(usa.reactions())
        .anyMatch(
            d -> d.statement().contains("North Korea and Russia") && d.claimIds().size() == 2);
    assertThat(group("KOR").reactions())
        .anyMatch(d -> d.evidence().sentence().contains("increased surveillance"));
    assertThat(group("JPN").reactions())
        .anyMatch(d -> d.evidence().sentence().contains("increased surveillance"));
    assertThat(brief.reactions()).extracting(g -> g.actor().code()).startsWith("USA", "KOR", "JPN");
  }

  @Test
  void putsTheArmsRaceOnlyUnderAssessments() {
    assertThat(brief.assessments()).extracting(TopicAssessment::topic).contains("arms-race");
    Stream.of(
            brief.keyDevelopments(),
            brief.unconfirmed(),
            brief.plannedAndDenied(),
            brief.reactions().stream().flatMap(g -> g.reactions().stream()).toList())
        .flatMap(List::stream)
        .forEach(
            d ->
                assertThat(d.statement() + " " + d.evidence().sentence())
                    .doesNotContainIgnoringCase("arms race"));
    assertThat(section("Key developments")).doesNotContainIgnoringCase("arms race");
    assertThat(section("Unconfirmed")).doesNotContainIgnoringCase("arms race");
    assertThat(section("Reactions")).doesNotContainIgnoringCase("arms race");
    assertThat(section("Assessments")).containsIgnoringCase("arms race");
  }

  @Test
  void notesTheChromeAndTheSpeculationOfTheseWebArticles() {
    assertThat(brief.quality().documentsRead()).isEqualTo(5);
    assertThat(brief.quality().duplicates()).isZero();
    assertThat(brief.quality().withChromeResidue()).isEqualTo(3);
    assertThat(brief.quality().speculativeShare()).isGreaterThan(0.15);
    assertThat(brief.sources()).anyMatch(s -> s.publishedAlternatives().size() == 2);
  }

  private static ReactionGroup group(String code) {
    return brief.reactions().stream()
        .filter(g -> g.actor().code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no reactions of " + code + " in " + brief.reactions()));
  }

  /** The Markdown of one section, heading to next heading of the same level. */
  private static String section(String title) {
    int start = markdown.indexOf("\n## " + title + "\n");
    assertThat(start).as(title).isNotNegative();
    int end = markdown.indexOf("\n## ", start + 4);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }
}
