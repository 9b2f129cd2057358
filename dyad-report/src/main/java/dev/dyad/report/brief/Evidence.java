package dev.dyad.report.brief;

import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.coding.modality.Modality;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Picks the sentence to quote: the most direct (asserted or reported, then alleged, planned,
 * conditional, speculative, and a denial last), then a clean one, then the shortest.
 */
final class Evidence {
  /** Shorter is a fragment (a list item, a heading); longer is hard to read in a brief. */
  static final int CLEAN_MIN = 30;

  static final int CLEAN_MAX = 320;

  private Evidence() {}

  static Quote claim(Collection<ClaimMention> mentions, Citations citations) {
    return mentions.stream()
        .min(
            Comparator.comparingInt((ClaimMention m) -> directness(m.modality()))
                .thenComparing(m -> !clean(m.sentence()))
                .thenComparingInt(m -> m.sentence().length())
                .thenComparingInt(m -> citations.number(m.docId()))
                .thenComparingInt(ClaimMention::sentenceIndex))
        .map(m -> new Quote(m.sentence(), m.modality(), citations.number(m.docId())))
        .orElseThrow(() -> new IllegalArgumentException("a claim without mentions"));
  }

  /** The most direct denial among the mentions, if any denies it. */
  static Optional<Quote> denial(Collection<ClaimMention> mentions, Citations citations) {
    var denials = mentions.stream().filter(m -> m.modality() == Modality.NEGATED).toList();
    return denials.isEmpty() ? Optional.empty() : Optional.of(claim(denials, citations));
  }

  static Quote assessment(Collection<AssessmentMention> mentions, Citations citations) {
    return mentions.stream()
        .min(
            Comparator.comparing((AssessmentMention m) -> !clean(m.sentence()))
                .thenComparingInt(m -> m.sentence().length())
                .thenComparingInt(m -> citations.number(m.docId()))
                .thenComparingInt(AssessmentMention::sentenceIndex))
        .map(m -> new Quote(m.sentence(), Modality.SPECULATIVE, citations.number(m.docId())))
        .orElseThrow(() -> new IllegalArgumentException("an assessment without mentions"));
  }

  static int directness(Modality m) {
    return switch (m) {
      case ASSERTED, REPORTED -> 0;
      case ALLEGED -> 1;
      case PLANNED -> 2;
      case CONDITIONAL -> 3;
      case SPECULATIVE -> 4;
      case NEGATED -> 5;
    };
  }

  /** Of a readable length, and with no markup left over from the page. */
  static boolean clean(String sentence) {
    int n = sentence.strip().length();
    return n >= CLEAN_MIN
        && n <= CLEAN_MAX
        && sentence.indexOf('<') < 0
        && sentence.indexOf('>') < 0;
  }
}
