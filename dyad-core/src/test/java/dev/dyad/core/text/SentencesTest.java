package dev.dyad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static final Sentences SPLITTER = new Sentences();

  private static List<String> texts(Block... blocks) {
    return SPLITTER.split(List.of(blocks)).stream().map(Sentence::text).toList();
  }

  private static List<String> paragraph(String text) {
    return texts(Block.paragraph(text));
  }

  @Test
  void splitsPlainSentences() {
    assertThat(paragraph("Pyongyang fired a missile on Monday. Seoul condemned the launch."))
        .containsExactly("Pyongyang fired a missile on Monday.", "Seoul condemned the launch.");
  }

  @Test
  void keepsUsAbbreviationInsideSentence() {
    assertThat(paragraph("Pyongyang cited threats from the U.S. and its allies. Moscow agreed."))
        .containsExactly("Pyongyang cited threats from the U.S. and its allies.", "Moscow agreed.");
  }

  @Test
  void keepsAbbreviationBeforeAName() {
    assertThat(paragraph("The U.N. Security Council met on Friday. The U.S. President spoke."))
        .containsExactly("The U.N. Security Council met on Friday.", "The U.S. President spoke.");
  }

  @Test
  void neverSplitsHyphenatedAbbreviation() {
    assertThat(paragraph("The U.S.-led coalition warned North Korea. Russia did not."))
        .containsExactly("The U.S.-led coalition warned North Korea.", "Russia did not.");
  }

  @Test
  void keepsTitleWithName() {
    assertThat(paragraph("Gen. Kim said the drills would go on. Lt. Col. Park and Dr. Lee agreed."))
        .containsExactly(
            "Gen. Kim said the drills would go on.", "Lt. Col. Park and Dr. Lee agreed.");
  }

  @Test
  void splitsAfterAbbreviationAtRealEnd() {
    assertThat(paragraph("Russia eased sanctions on the U.S. The next day Kim Jong Un left."))
        .containsExactly("Russia eased sanctions on the U.S.", "The next day Kim Jong Un left.");
  }

  @Test
  void keepsAbbreviationAtEndOfBlock() {
    assertThat(paragraph("Moscow blamed the U.S.")).containsExactly("Moscow blamed the U.S.");
  }

  @Test
  void keepsInitials() {
    assertThat(paragraph("Kim J. Un met John F. Kennedy Jr. in a dream. It was strange."))
        .containsExactly("Kim J. Un met John F. Kennedy Jr. in a dream.", "It was strange.");
  }

  @Test
  void keepsDecimalsAndNumberAbbreviations() {
    assertThat(paragraph("About 3.5 million shells were sent. Resolution No. 2397 bans that."))
        .containsExactly("About 3.5 million shells were sent.", "Resolution No. 2397 bans that.");
  }

  @Test
  void keepsMonthAbbreviationBeforeDay() {
    assertThat(paragraph("Talks began on Sept. 13 in Vostochny. They lasted a day."))
        .containsExactly("Talks began on Sept. 13 in Vostochny.", "They lasted a day.");
  }

  @Test
  void keepsEgMidSentence() {
    assertThat(paragraph("Some weapons, e.g. artillery shells, went to Russia. Others did not."))
        .containsExactly("Some weapons, e.g. artillery shells, went to Russia.", "Others did not.");
  }

  @Test
  void keepsClosingQuoteWithSentence() {
    assertThat(paragraph("Kim said \"We will respond.\" Then he left Pyongyang."))
        .containsExactly("Kim said \"We will respond.\"", "Then he left Pyongyang.");
  }

  @Test
  void keepsQuoteAndAttributionTogether() {
    assertThat(paragraph("\"We will respond,\" he said. \"Why now?\" asked a diplomat."))
        .containsExactly("\"We will respond,\" he said.", "\"Why now?\" asked a diplomat.");
  }

  @Test
  void keepsQuestionInQuotesBeforeLowercaseAttribution() {
    assertThat(paragraph("\"Is this an alliance?\" he asked. Nobody answered."))
        .containsExactly("\"Is this an alliance?\" he asked.", "Nobody answered.");
  }

  @Test
  void keepsSpacedClosingQuoteWithSentence() {
    assertThat(paragraph("Bolton wrote: \"Kim said, 'Let's talk.'\u2009\" Reports differ."))
        .containsExactly("Bolton wrote: \"Kim said, 'Let's talk.'\u2009\"", "Reports differ.");
  }

  @Test
  void keepsNumberedItemWhole() {
    assertThat(paragraph("1. Arms and Equipment Exchanges"))
        .containsExactly("1. Arms and Equipment Exchanges");
    assertThat(texts(Block.item("2. Technology and Knowledge Sharing")))
        .containsExactly("2. Technology and Knowledge Sharing");
  }

  @Test
  void keepsNumberedQuestionWhole() {
    assertThat(paragraph("3. What does Russia gain from North Korea?"))
        .containsExactly("3. What does Russia gain from North Korea?");
  }

  @Test
  void splitsLabelFromSentence() {
    List<Sentence> sentences =
        SPLITTER.split(
            List.of(
                Block.item(
                    "Mutual Isolation: Both North Korea and Russia face sanctions. They trade.")));
    assertThat(sentences)
        .extracting(Sentence::text)
        .containsExactly(
            "Mutual Isolation:", "Both North Korea and Russia face sanctions.", "They trade.");
    assertThat(sentences)
        .extracting(Sentence::kind)
        .containsExactly(Block.Kind.HEADING, Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM);
  }

  @Test
  void splitsNumberedLabelFromSentence() {
    assertThat(paragraph("1.     United States: The U.S. has condemned the arms transfers."))
        .containsExactly("1.     United States:", "The U.S. has condemned the arms transfers.");
  }

  @Test
  void splitsBulletedLabelWithApostrophe() {
    assertThat(paragraph("· Strengthening Russia's Military Position: If true, it matters."))
        .containsExactly("· Strengthening Russia's Military Position:", "If true, it matters.");
  }

  @Test
  void ignoresColonInsideSentence() {
    assertThat(paragraph("He said: we will respond to Seoul."))
        .containsExactly("He said: we will respond to Seoul.");
    assertThat(paragraph("Key elements include: Arms, Technology and Drills."))
        .containsExactly("Key elements include: Arms, Technology and Drills.");
    assertThat(paragraph("The meeting started at 10:30 in Moscow."))
        .containsExactly("The meeting started at 10:30 in Moscow.");
  }

  @Test
  void ignoresColonInTitleCaseHeadline() {
    assertThat(paragraph("Russia and North Korea: Strategic Motives and Global Risks\""))
        .containsExactly("Russia and North Korea: Strategic Motives and Global Risks\"");
  }

  @Test
  void ignoresLabelWithoutSentenceAfterIt() {
    assertThat(paragraph("Regional Security: Tensions"))
        .containsExactly("Regional Security: Tensions");
  }

  @Test
  void keepsHeadingAsOneSentence() {
    List<Sentence> sentences =
        SPLITTER.split(List.of(Block.heading("Russia Warns U.S. Again. Kim Visits Moscow.")));
    assertThat(sentences).hasSize(1);
    assertThat(sentences.get(0).kind()).isEqualTo(Block.Kind.HEADING);
  }

  @Test
  void neverCrossesBlocks() {
    List<Sentence> sentences =
        SPLITTER.split(
            List.of(
                Block.heading("Regional Security Concerns"),
                Block.paragraph("North Korea sent troops to Russia and"),
                Block.paragraph("the U.S. protested.")));
    assertThat(sentences).extracting(Sentence::block).containsExactly(0, 1, 2);
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void offsetsPointIntoJoinedText() {
    List<Block> blocks =
        List.of(
            Block.heading("  Talks in Moscow "),
            Block.paragraph("  Kim met Putin.   They signed a pact. "),
            Block.item("Sanctions: The U.N. Security Council is split over them."));
    String joined =
        String.join(SentenceSplitter.BLOCK_SEPARATOR, blocks.stream().map(Block::text).toList());
    List<Sentence> sentences = SPLITTER.split(blocks);
    assertThat(sentences).hasSize(5);
    for (Sentence s : sentences) {
      assertThat(joined.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(sentences.get(0).text()).isEqualTo("Talks in Moscow");
  }

  @Test
  void givesNothingForBlankBlocks() {
    assertThat(texts(Block.paragraph(""), Block.heading("   "), Block.item(" \n\t "))).isEmpty();
  }

  @Test
  void cutsRunOnSentenceAtSemicolon() {
    String clause = "troops moved north along the river while officials in Pyongyang said little";
    StringBuilder run = new StringBuilder();
    while (run.length() < 2_500) {
      run.append(clause).append(run.length() % 3 == 0 ? "; " : " and ");
    }
    String text = run.toString().trim();
    List<Sentence> sentences = SPLITTER.split(List.of(Block.paragraph(text)));
    assertThat(sentences).hasSizeGreaterThan(2);
    assertThat(sentences).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(1_000));
    assertThat(sentences.get(0).text()).endsWith(";");
  }

  @Test
  void cutsRunOnSentenceWithoutSpaces() {
    String text = "x".repeat(2_500);
    List<Sentence> sentences = SPLITTER.split(List.of(Block.paragraph(text)));
    assertThat(sentences).extracting(s -> s.text().length()).containsExactly(1_000, 1_000, 500);
  }
}
