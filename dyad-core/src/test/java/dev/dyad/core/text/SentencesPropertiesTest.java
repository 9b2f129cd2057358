package dev.dyad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Sentence;
import dev.dyad.testkit.TryTimeout;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

@TryTimeout(seconds = 10)
class SentencesPropertiesTest {

  private static final Sentences SPLITTER = new Sentences();

  @Property(tries = 300)
  void numbersSentencesFromZeroInOrder(@ForAll("documents") List<Block> blocks) {
    List<Sentence> sentences = SPLITTER.split(blocks);
    int previousEnd = 0;
    int previousBlock = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.block()).isGreaterThanOrEqualTo(previousBlock);
      previousEnd = s.end();
      previousBlock = s.block();
    }
  }

  @Property(tries = 300)
  void offsetsPointIntoJoinedText(@ForAll("documents") List<Block> blocks) {
    String joined = joined(blocks);
    for (Sentence s : SPLITTER.split(blocks)) {
      assertThat(joined.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.text()).isNotBlank();
      assertThat(isSpace(s.text().charAt(0))).isFalse();
      assertThat(isSpace(s.text().charAt(s.text().length() - 1))).isFalse();
    }
  }

  @Property(tries = 300)
  void neverCrossesBlocks(@ForAll("documents") List<Block> blocks) {
    int[] starts = blockStarts(blocks);
    for (Sentence s : SPLITTER.split(blocks)) {
      int blockStart = starts[s.block()];
      assertThat(s.start()).isGreaterThanOrEqualTo(blockStart);
      assertThat(s.end()).isLessThanOrEqualTo(blockStart + blocks.get(s.block()).text().length());
    }
  }

  @Property(tries = 300)
  void losesNoCharacter(@ForAll("documents") List<Block> blocks) {
    String joined = joined(blocks);
    boolean[] covered = new boolean[joined.length()];
    for (Sentence s : SPLITTER.split(blocks)) {
      for (int i = s.start(); i < s.end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < joined.length(); i++) {
      if (!isSpace(joined.charAt(i))) {
        assertThat(covered[i]).as("character %d of %s", i, joined).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void givesOneSentencePerNonBlankHeading(@ForAll("documents") List<Block> blocks) {
    List<Sentence> sentences = SPLITTER.split(blocks);
    for (int b = 0; b < blocks.size(); b++) {
      int block = b;
      long count = sentences.stream().filter(s -> s.block() == block).count();
      if (blocks.get(b).kind() == Block.Kind.HEADING) {
        assertThat(count).isEqualTo(isBlank(blocks.get(b).text()) ? 0 : 1);
      } else if (isBlank(blocks.get(b).text())) {
        assertThat(count).isZero();
      }
    }
  }

  @Property(tries = 100)
  void keepsSentencesShort(@ForAll("documents") List<Block> blocks) {
    for (Sentence s : SPLITTER.split(blocks)) {
      if (s.kind() != Block.Kind.HEADING) {
        assertThat(s.text().length()).isLessThanOrEqualTo(LongSentences.MAX_CHARS);
      }
    }
  }

  @Property(tries = 100)
  void splitsAnyUnicodeWithoutThrowing(
      @ForAll @Size(max = 5) List<@Size(max = 3000) String> texts) {
    List<Block> blocks = texts.stream().map(Block::paragraph).toList();
    assertThat(SPLITTER.split(blocks)).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
  }

  @Provide
  Arbitrary<List<Block>> documents() {
    Arbitrary<Block.Kind> kinds = Arbitraries.of(Block.Kind.class);
    return Combinators.combine(kinds, texts()).as(Block::new).list().ofMaxSize(6);
  }

  private static Arbitrary<String> texts() {
    Arbitrary<String> tricky =
        Arbitraries.of(
                "Gen.",
                "Kim",
                "J.",
                "U.S.",
                "U.N.",
                "The",
                "the",
                "said",
                "1.",
                "2)",
                "·",
                "No.",
                "3.5",
                ".",
                "?",
                "!",
                "\"",
                "”",
                "'",
                ":",
                ";",
                ",",
                "Label:",
                "Mutual Isolation:",
                "e.g.",
                "etc.",
                "Pyongyang.",
                "Moscow,",
                "and",
                " ",
                "\n",
                "\u00a0",
                "…",
                "😀",
                "Я",
                "北",
                "Inc.",
                "Sept.",
                "(",
                ")",
                "x".repeat(400),
                "a b c d e f g h ")
            .list()
            .ofMaxSize(40)
            .map(words -> String.join(" ", words));
    Arbitrary<String> glued =
        Arbitraries.strings().withChars(".!?\"”: ;,\n\u00a0aZ1·-").ofMaxLength(60);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(200);
    Arbitrary<String> huge =
        Arbitraries.strings().withChars("ab ;,.").ofMinLength(900).ofMaxLength(4_000);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, tricky),
        net.jqwik.api.Tuple.of(2, glued),
        net.jqwik.api.Tuple.of(2, unicode),
        net.jqwik.api.Tuple.of(1, huge),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\n\n", ".", "\"", "·")));
  }

  private static String joined(List<Block> blocks) {
    return String.join(SentenceSplitter.BLOCK_SEPARATOR, blocks.stream().map(Block::text).toList());
  }

  private static int[] blockStarts(List<Block> blocks) {
    int[] starts = new int[blocks.size()];
    int offset = 0;
    for (int b = 0; b < blocks.size(); b++) {
      starts[b] = offset;
      offset += blocks.get(b).text().length() + SentenceSplitter.BLOCK_SEPARATOR.length();
    }
    return starts;
  }

  private static boolean isBlank(String text) {
    return text.chars().allMatch(c -> isSpace((char) c));
  }

  // Same notion of space as the splitter's trimming: Java whitespace plus Unicode space separators.
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
