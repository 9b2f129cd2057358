package dev.dyad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.PublicationDate.Basis;
import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Publication dates of the shared corpus, read in place. Skipped when it is absent. */
class PublicationDatesCorpusTest {
  /** A Wikinews article opens with its dateline: "Friday, January 4, 2019". */
  private static final Pattern OPENS_WITH_DATELINE =
      Pattern.compile(
          "^[\\s\\u00A0]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \\d{1,2}, \\d{4}");

  @Test
  void readsDateLineOfSeed000() throws IOException {
    PublicationDate date = PublicationDates.fromText(lines(Corpora.seed("000")));
    assertThat(date.date()).contains(LocalDate.of(2023, 11, 15));
    assertThat(date.basis()).isEqualTo(Basis.TEXT);
  }

  @Test
  void keepsBothReadingsOfSeed001() throws IOException {
    PublicationDate date = PublicationDates.fromText(lines(Corpora.seed("001")));
    assertThat(date.alternatives())
        .containsExactly(LocalDate.of(2024, 7, 11), LocalDate.of(2024, 11, 7));
    assertThat(date.basis()).isEqualTo(Basis.TEXT);
  }

  @Test
  void findsNoDateInUndatedSeeds() throws IOException {
    for (String seed : List.of("002", "003", "004")) {
      assertThat(PublicationDates.fromText(lines(Corpora.seed(seed))))
          .as("seed %s", seed)
          .isEqualTo(PublicationDate.UNKNOWN);
    }
  }

  @Test
  void readsEveryWikinewsDateline() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> misses = new ArrayList<>();
    int articles = 0;
    int withDateline = 0;
    int matched = 0;
    int datedWithout = 0;
    for (String line : Files.readAllLines(Corpora.wikinews(), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      articles++;
      JsonNode article = json.readTree(line);
      String text = article.path("text").asText();
      PublicationDate found = PublicationDates.fromText(blocks(text));
      boolean right =
          found.date().map(LocalDate::toString).orElse("").equals(article.path("date").asText());
      if (!OPENS_WITH_DATELINE.matcher(text).find()) {
        if (!found.equals(PublicationDate.UNKNOWN)) {
          datedWithout++;
          if (!right) {
            // A date read from an article without an opening dateline must still be its own.
            misses.add(article.path("id").asText() + " (no opening dateline): " + found);
          }
        }
        continue;
      }
      withDateline++;
      if (right) {
        matched++;
      } else {
        misses.add(article.path("id").asText() + ": " + found);
      }
    }
    System.out.printf(
        "Wikinews: %d articles, %d open with a dateline, %d of those match their date field;"
            + " %d without a dateline still got a date from text%n",
        articles, withDateline, matched, datedWithout);
    assertThat(misses).isEmpty();
  }

  private static List<Block> lines(Path file) throws IOException {
    return blocks(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The simplest layout: each non-blank line a paragraph. */
  private static List<Block> blocks(String text) {
    return text.lines().filter(l -> !l.isBlank()).map(Block::paragraph).toList();
  }
}
