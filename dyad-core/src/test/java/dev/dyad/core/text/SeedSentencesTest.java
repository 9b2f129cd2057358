package dev.dyad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Sentence;
import dev.dyad.testkit.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Splits the shared seed articles, read in place; skipped when {@code ../shared} is absent. */
class SeedSentencesTest {

  private static final Sentences SPLITTER = new Sentences();
  private static final Pattern US_THEN_LOWERCASE = Pattern.compile("U\\.S\\.$");

  /** Non-blank lines become blocks: short lines without final punctuation are headings. */
  static List<Block> blocks(Path seed) throws IOException {
    return Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(line -> isHeading(line) ? Block.heading(line) : Block.paragraph(line))
        .toList();
  }

  private static boolean isHeading(String line) {
    String trimmed = line.strip();
    char last = trimmed.charAt(trimmed.length() - 1);
    return trimmed.length() < 80 && ".!?:;,\"”".indexOf(last) < 0;
  }

  private static List<Sentence> split(String seed) throws IOException {
    return SPLITTER.split(blocks(Corpora.seed(seed)));
  }

  @Test
  void keepsUsInsideSentencesOfSeed002() throws IOException {
    List<Sentence> sentences = split("002");
    String joined = joined(blocks(Corpora.seed("002")));
    for (Sentence s : sentences) {
      if (US_THEN_LOWERCASE.matcher(s.text()).find()) {
        int next = s.end();
        while (next < joined.length() && Character.isWhitespace(joined.charAt(next))) {
          next++;
        }
        assertThat(next < joined.length() && Character.isLowerCase(joined.charAt(next)))
            .as("sentence %d ends with U.S. before a lowercase word", s.index())
            .isFalse();
      }
    }
    assertThat(sentences)
        .extracting(Sentence::text)
        .anySatisfy(t -> assertThat(t).contains("from the U.S. and its allies."));
  }

  @Test
  void keepsHeadingsOfSeed000AsOwnSentences() throws IOException {
    assertThat(split("000"))
        .filteredOn(s -> s.kind() == Block.Kind.HEADING)
        .extracting(Sentence::text)
        .contains("Regional Security Concerns", "The Geostrategic Significance", "FAQ");
  }

  @Test
  void keepsNumberedQuestionsOfSeed000Whole() throws IOException {
    assertThat(split("000"))
        .extracting(Sentence::text)
        .noneMatch(t -> t.matches("\\d+\\."))
        .anySatisfy(t -> assertThat(t).startsWith("1. What are the primary").endsWith("?"));
  }

  @Test
  void splitsLabelsOfSeed004FromTheirSentences() throws IOException {
    List<Sentence> sentences = split("004");
    assertThat(sentences)
        .filteredOn(s -> s.kind() == Block.Kind.HEADING)
        .extracting(Sentence::text)
        .contains(
            "Strengthening Russia's Military Position:",
            "Propaganda and Morale:",
            "Impact on Global Alliances:");
    for (int i = 0; i + 1 < sentences.size(); i++) {
      if (sentences.get(i).text().equals("Strengthening Russia's Military Position:")) {
        assertThat(sentences.get(i + 1).text()).startsWith("If true, the addition of");
        assertThat(sentences.get(i + 1).kind()).isEqualTo(Block.Kind.PARAGRAPH);
      }
    }
    assertThat(sentences)
        .extracting(Sentence::text)
        .noneMatch(t -> t.startsWith("Propaganda and Morale: For"));
  }

  @Test
  void splitsNumberedLabelsOfSeed002() throws IOException {
    assertThat(split("002"))
        .filteredOn(s -> s.kind() == Block.Kind.HEADING)
        .extracting(Sentence::text)
        .anySatisfy(t -> assertThat(t).startsWith("1.").endsWith("United States:"));
  }

  @Test
  void keepsEverySeedConsistent() throws IOException {
    for (String seed : List.of("000", "001", "002", "003", "004")) {
      List<Block> blocks = blocks(Corpora.seed(seed));
      String joined = joined(blocks);
      for (Sentence s : SPLITTER.split(blocks)) {
        assertThat(joined.substring(s.start(), s.end())).isEqualTo(s.text());
      }
    }
  }

  private static String joined(List<Block> blocks) {
    return String.join(SentenceSplitter.BLOCK_SEPARATOR, blocks.stream().map(Block::text).toList());
  }
}
