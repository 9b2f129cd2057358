package dev.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsCorpusTest {
  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    assertThat(text(new NewsCorpus(7, 300))).isEqualTo(text(new NewsCorpus(7, 300)));
    assertThat(text(new NewsCorpus(7, 300))).isNotEqualTo(text(new NewsCorpus(8, 300)));
  }

  @Test
  void aLongerSpanSpreadsTheSameStoriesOverMoreDays() {
    NewsCorpus twoYears = new NewsCorpus(7, 400);
    NewsCorpus eightYears = new NewsCorpus(7, 400, 4 * NewsCorpus.DAYS);
    assertThat(twoYears.article(399).published())
        .isEqualTo(NewsCorpus.FIRST_DAY.plusDays(NewsCorpus.DAYS * 399L / 400));
    assertThat(eightYears.article(399).published())
        .isEqualTo(NewsCorpus.FIRST_DAY.plusDays(4L * NewsCorpus.DAYS * 399 / 400));
    assertThat(eightYears.article(399).text()).isEqualTo(twoYears.article(399).text());
    assertThatThrownBy(() -> new NewsCorpus(7, 400, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aboutOneInTenIsANearCopyThatJoinsItsOriginalsFamily() throws IOException {
    NewsCorpus corpus = new NewsCorpus(NewsCorpus.DEFAULT_SEED, 2000);
    List<Document> docs = read(corpus);
    long copies =
        java.util.stream.IntStream.range(0, 2000).filter(i -> corpus.article(i).copy()).count();
    assertThat(copies).isBetween(150L, 250L);
    SourceFamilies families = new SourceFamilies();
    docs.forEach(families::add);
    // Every copy joins its original and no two independent reports look alike. (Two copies of one
    // original with the same edit are one text, so families and documents are not compared.)
    Set<String> ofOriginals = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String family = families.familyOf(docs.get(i).id());
      if (corpus.originalOf(i) == i) {
        assertThat(ofOriginals.add(family)).as("original %d alone in its family", i).isTrue();
      } else {
        assertThat(family).isEqualTo(families.familyOf(docs.get(corpus.originalOf(i)).id()));
      }
    }
    assertThat(families.families()).isEqualTo(ofOriginals.size());
  }

  @Test
  void aCopyIsPublishedWithinAWeekOfItsOriginalEvenInASparseCorpus() {
    // 2,000 documents over two years: 500 originals would be half a year of news.
    NewsCorpus corpus = new NewsCorpus(NewsCorpus.DEFAULT_SEED, 2000);
    long copies = 0;
    for (int i = 0; i < 2000; i++) {
      if (corpus.article(i).copy()) {
        copies++;
        java.time.LocalDate copied = corpus.article(corpus.originalOf(i)).published();
        assertThat(
                java.time.temporal.ChronoUnit.DAYS.between(copied, corpus.article(i).published()))
            .as("copy %d of %d", i, corpus.originalOf(i))
            .isBetween(0L, (long) NewsCorpus.COPY_DAYS);
      }
    }
    assertThat(copies).isPositive();
  }

  @Test
  void theCoderFindsEventsOfEveryModalityBetweenTheStatesOfTheNews() throws IOException {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    List<Document> docs = read(new NewsCorpus(NewsCorpus.DEFAULT_SEED, 300));
    List<Event> events =
        docs.stream().flatMap(d -> pipeline.events(d, Problems.counting()).stream()).toList();
    assertThat(events.size()).isGreaterThan(2 * docs.size());
    assertThat(events.stream().map(Event::modality).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Modality.values());
    Set<String> states = new HashSet<>();
    events.forEach(e -> states.add(e.source().code().substring(0, 3)));
    assertThat(states).contains("PRK", "RUS", "USA", "KOR", "JPN", "CHN", "UKR");
  }

  private List<Document> read(NewsCorpus corpus) throws IOException {
    Path file = dir.resolve("news.jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      corpus.write(out);
    }
    try (Stream<Document> docs =
        Pipeline.standard(PipelineConfig.DEFAULTS)
            .documents(List.of(file.toString()), Problems.counting())) {
      return docs.toList();
    }
  }

  private static String text(NewsCorpus corpus) throws IOException {
    StringWriter out = new StringWriter();
    corpus.write(out);
    return out.toString();
  }
}
