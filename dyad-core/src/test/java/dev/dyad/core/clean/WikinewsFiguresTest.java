package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Measures the chrome filter and the word segmenter on 295 real Wikinews articles. */
class WikinewsFiguresTest {
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?][\"')]?)\\s+(?=[\"(]?\\p{Lu})");

  private static final Pattern CREDIT = Pattern.compile("\\s*\\(?Image: [^()]{1,80}?\\)?\\.?$");

  /** Wikinews review banners: page furniture that reads like a sentence. */
  private static final Pattern FURNITURE =
      Pattern.compile("This article requires pre-publication review|-Article last amended:");

  @Test
  void chromeFilterDropsNoLongSentenceOfWikinews() {
    List<String> texts = WikinewsCorpus.texts();
    int blocksIn = 0;
    int blocksDropped = 0;
    int longSentences = 0;
    List<String> lost = new ArrayList<>();
    for (String text : texts) {
      List<Block> blocks = PlainTextExtractor.blocks(text, false);
      List<Block> kept = ChromeFilter.apply(blocks, new ArrayList<>());
      blocksIn += blocks.size();
      blocksDropped += blocks.size() - kept.size();
      String out = kept.stream().map(Block::text).collect(Collectors.joining("\n"));
      for (Block block : blocks) {
        for (String sentence : SENTENCE_BREAK.split(block.text())) {
          // A caption's credit is dropped by design; what is left of it is measured.
          sentence = CREDIT.matcher(sentence).replaceFirst("");
          if (ChromeFilter.words(sentence) >= 12 && !FURNITURE.matcher(sentence).lookingAt()) {
            longSentences++;
            if (!out.contains(sentence)) {
              lost.add(sentence);
            }
          }
        }
      }
    }
    System.out.printf(
        "Wikinews chrome filter: %d texts, %d blocks in, %d dropped; %d sentences of 12+ words,"
            + " %d dropped%n",
        texts.size(), blocksIn, blocksDropped, longSentences, lost.size());
    lost.forEach(s -> System.out.println("  dropped: " + s));
    assertThat(lost).isEmpty();
  }

  /** The words of {@code before} that came out with spaces in {@code after}. */
  private static List<String> changedWords(String before, String after) {
    Set<String> kept = new java.util.HashSet<>(List.of(after.split("\\s+")));
    List<String> changed = new ArrayList<>();
    for (String word : before.split("\\s+")) {
      if (!kept.contains(word)) {
        changed.add(word);
      }
    }
    return changed;
  }

  @Test
  void wordSegmenterSplitsNoWordOfWikinews() {
    List<String> texts = WikinewsCorpus.texts();
    int words = 0;
    List<String> falseSplits = new ArrayList<>();
    for (String text : texts) {
      List<Block> blocks = PlainTextExtractor.blocks(text, false);
      Set<String> vocabulary =
          WordSegmenter.vocabulary(
              blocks.stream().map(Block::text).collect(Collectors.joining("\n")));
      for (Block block : blocks) {
        words += ChromeFilter.words(block.text());
        WordSegmenter.Repair repair = WordSegmenter.english().repair(block.text(), vocabulary);
        if (repair.repairs() > 0) {
          falseSplits.addAll(changedWords(block.text(), repair.text()));
        }
      }
    }
    System.out.printf(
        "Wikinews word segmenter: %d texts, %d words, %d false splits%n",
        texts.size(), words, falseSplits.size());
    falseSplits.forEach(s -> System.out.println("  false split: " + s));
    assertThat(falseSplits).isEmpty();
  }
}
