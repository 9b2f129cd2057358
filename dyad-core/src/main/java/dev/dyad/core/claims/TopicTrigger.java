package dev.dyad.core.claims;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phrase that names a topic.
 *
 * @param phrase as written in {@code topics.txt}, without the {@code +}
 * @param good whether it names a good that the topic's risk harms ("regional stability"), so that
 *     harming it raises the risk
 * @param pattern the compiled phrase
 */
public record TopicTrigger(String phrase, boolean good, Pattern pattern) {
  public TopicTrigger {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(pattern, "pattern");
  }

  /** Parses one trigger: {@code word*} any ending, {@code *} any word, {@code …} up to 4 words. */
  static TopicTrigger parse(String written) {
    String text = written.strip();
    boolean good = text.startsWith("+");
    if (good) {
      text = text.substring(1).strip();
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty trigger");
    }
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.equals("…") || w.equals("...")) {
        regex.append("(?:\\s+[^\\s]+){0,4}?");
        continue;
      }
      if (i > 0) {
        regex.append("\\s+");
      }
      if (w.equals("*")) {
        regex.append("[\\p{L}\\p{N}'’-]+");
        continue;
      }
      String[] parts = w.split("\\*", -1);
      for (int p = 0; p < parts.length; p++) {
        regex.append(Pattern.quote(parts[p]));
        if (p < parts.length - 1) {
          regex.append("[\\p{L}\\p{N}-]*");
        }
      }
    }
    regex.append("(?![\\p{L}\\p{N}])");
    return new TopicTrigger(
        text,
        good,
        Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }
}
