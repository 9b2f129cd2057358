package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Warning;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The five real seed articles, read in place, through the whole cleaning pipeline. */
class PipelineSeedsTest {
  private static final Pattern CHROME =
      Pattern.compile(
          "(?i)^(close|hot posts|post a comment|\\d+ comments|related posts)$|ticker-posts|\\bmin read\\b"
              + "|meta description|image alt text|internal links|keyword placement|search engines"
              + "|<\\s*/?\\s*(li|strong|ul|p)\\s*>|\\b(strong|li|ul|p)\\s*>");

  private static Map<String, Document> seeds() {
    Problems problems = Problems.counting();
    try (Stream<Document> docs =
        Pipeline.standard(PipelineConfig.DEFAULTS)
            .documents(List.of(Corpora.seeds().toString()), problems)) {
      Map<String, Document> byPrefix =
          docs.collect(
              Collectors.toMap(
                  d -> Path.of(d.uri()).getFileName().toString().substring(0, 3), d -> d));
      assertThat(problems.failed()).isZero();
      return byPrefix;
    }
  }

  @Test
  void removesChromeSeoNotesAndTagFragmentsFromEverySeed() {
    Map<String, Document> seeds = seeds();
    assertThat(seeds).hasSize(5);
    for (Document d : seeds.values()) {
      for (Sentence s : d.sentences()) {
        assertThat(CHROME.matcher(s.text()).find()).as(d.uri() + ": " + s.text()).isFalse();
      }
    }
  }

  @Test
  void keepsHeadingsApartFromTheSentencesAfterThem() {
    Document d = seeds().get("000");
    assertThat(d.sentences())
        .filteredOn(s -> s.kind() == Block.Kind.HEADING)
        .extracting(Sentence::text)
        .contains("Regional Security Concerns", "A Shift in Strategic Alliances");
    assertThat(d.sentences()).noneMatch(s -> s.text().startsWith("Regional Security Concerns "));
  }

  @Test
  void datesSeed000FromItsDateline() {
    PublicationDate p = seeds().get("000").published();
    assertThat(p.date()).contains(LocalDate.of(2023, 11, 15));
    assertThat(p.basis()).isEqualTo(PublicationDate.Basis.TEXT);
    assertThat(seeds().get("000").sentences().get(0).text()).startsWith("In recent years");
  }

  @Test
  void keepsBothReadingsOfSeed001sAmbiguousDate() {
    Document d = seeds().get("001");
    assertThat(d.published().date()).isEmpty();
    assertThat(d.published().alternatives())
        .containsExactly(LocalDate.of(2024, 7, 11), LocalDate.of(2024, 11, 7));
    assertThat(d.warnings()).extracting(Warning::code).contains(Warning.Code.AMBIGUOUS_DATE);
  }

  @Test
  void repairsSeed003sRunTogetherWords() {
    Document d = seeds().get("003");
    assertThat(d.text())
        .contains("solidify military connections between both nations")
        .contains("towards Russia")
        .doesNotContain("connectionsbetween");
    assertThat(d.warnings()).extracting(Warning::code).contains(Warning.Code.WORDS_REPAIRED);
  }

  @Test
  void findsTheHeadlinesAndCollapsesRepeats() {
    Map<String, Document> seeds = seeds();
    assertThat(seeds.get("001").title()).contains("north korea russia alliance");
    assertThat(seeds.get("001").sentences())
        .noneMatch(s -> s.text().equals("north korea russia alliance"));
    assertThat(seeds.get("003").title())
        .hasValueSatisfying(t -> assertThat(t).startsWith("North Korea's Troop Deployment"));
    assertThat(seeds.get("000").title()).isEmpty();
  }

  @Test
  void keepsTheFactualSentencesAnalystsNeed() {
    Map<String, Document> seeds = seeds();
    assertThat(seeds.get("002").text())
        .contains("Pyongyang has provided munitions")
        .contains("has condemned the cooperation");
    assertThat(seeds.get("003").text()).contains("officially announced the deployment");
    assertThat(seeds.get("004").text()).contains("The alleged deployment of North Korean soldiers");
    assertThat(seeds.get("001").text()).contains("The USSR provided significant military");
  }
}
