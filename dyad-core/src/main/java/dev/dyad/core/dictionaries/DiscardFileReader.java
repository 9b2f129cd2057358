package dev.dyad.core.dictionaries;

import dev.dyad.core.coding.patterns.SentenceDiscards;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a TABARI/PETRARCH discard file: one phrase per line; {@code +} before it discards the whole
 * story, else the sentence. Matching ignores letter case; the last word is a stem ("BASEBALL" also
 * discards "baseballs") unless the phrase ends with {@code _}.
 */
final class DiscardFileReader {
  private DiscardFileReader() {}

  /** The phrases of {@code lines}; what is skipped goes to {@code log}. */
  static List<SentenceDiscards.Phrase> read(List<Line> lines, FileLog log) {
    List<SentenceDiscards.Phrase> out = new ArrayList<>();
    for (Line line : lines) {
      log.read();
      Optional<String> damage = line.damage();
      if (damage.isPresent()) {
        log.skip(line, "discard with " + damage.get());
        continue;
      }
      String text = line.trimmed();
      boolean story = text.startsWith("+");
      if (story) {
        text = text.substring(1).strip();
      }
      boolean whole = text.endsWith("_");
      Optional<SentenceDiscards.Phrase> phrase =
          SentenceDiscards.Phrase.of(Phrases.normalise(text), !whole, story);
      if (phrase.isEmpty()) {
        log.skip(line, "discard with no word");
        continue;
      }
      out.add(phrase.get());
      log.merged();
    }
    return out;
  }
}
