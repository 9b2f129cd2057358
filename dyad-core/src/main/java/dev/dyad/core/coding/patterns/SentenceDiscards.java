package dev.dyad.core.coding.patterns;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Phrases that mark a sentence as sport or entertainment ({@code discards.txt}), where "France beat
 * Argentina" is a match, not an attack. A discarded sentence codes nothing. A dictionary read from
 * another format may add story phrases, which stop the whole document from being coded, and phrases
 * whose last word is a stem ("basketball" also discards "basketballs").
 */
public final class SentenceDiscards {
  static final String RESOURCE = "/dev/dyad/core/coding/discards.txt";

  /**
   * One discard phrase.
   *
   * @param keys its words as token keys (lower case)
   * @param stem whether the last word matches any word that begins with it
   * @param story whether it discards the whole document, not only its sentence
   */
  public record Phrase(List<String> keys, boolean stem, boolean story) {
    public Phrase {
      keys = List.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("a discard phrase needs a word");
      }
    }

    /** The phrase of {@code text} as the tokenizer splits it; empty when it has no words. */
    public static java.util.Optional<Phrase> of(String text, boolean stem, boolean story) {
      List<String> keys = new ArrayList<>();
      Tokenizer.tokenize(text).forEach(t -> keys.add(t.key()));
      return keys.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(new Phrase(keys, stem, story));
    }
  }

  /** First word → the phrases that start with it; a one-word stem is filed under its stem. */
  private final Map<String, List<Phrase>> byFirst;

  /** One-word stems by their first {@link #STEM_KEY} characters. */
  private final Map<String, List<Phrase>> stems;

  private final List<Phrase> phrases;
  private final boolean anyStory;

  private static final int STEM_KEY = 3;

  private SentenceDiscards(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
    Map<String, List<Phrase>> first = new HashMap<>();
    Map<String, List<Phrase>> stem = new HashMap<>();
    boolean story = false;
    for (Phrase p : this.phrases) {
      story |= p.story();
      if (p.stem() && p.keys().size() == 1) {
        String key = p.keys().get(0);
        stem.computeIfAbsent(
                key.substring(0, Math.min(STEM_KEY, key.length())), k -> new ArrayList<>())
            .add(p);
      } else {
        first.computeIfAbsent(p.keys().get(0), k -> new ArrayList<>()).add(p);
      }
    }
    this.byFirst = Map.copyOf(first);
    this.stems = Map.copyOf(stem);
    this.anyStory = story;
  }

  /** The built-in file. */
  public static SentenceDiscards builtIn() {
    return Holder.INSTANCE;
  }

  /** Discards made of {@code phrases}. */
  public static SentenceDiscards of(List<Phrase> phrases) {
    return new SentenceDiscards(phrases);
  }

  /** The phrases of this and of {@code later}. */
  public SentenceDiscards plus(SentenceDiscards later) {
    List<Phrase> all = new ArrayList<>(phrases);
    all.addAll(later.phrases);
    return new SentenceDiscards(all);
  }

  /** Every phrase, in the order given. */
  public List<Phrase> phrases() {
    return phrases;
  }

  /** Whether the sentence holds a discard phrase (a story phrase discards its sentence too). */
  public boolean discards(List<Token> tokens) {
    return find(tokens, false);
  }

  /** Whether the sentence holds a story phrase, which stops its whole document being coded. */
  public boolean discardsStory(List<Token> tokens) {
    return anyStory && find(tokens, true);
  }

  /** Whether any phrase is a story phrase. */
  public boolean hasStoryPhrases() {
    return anyStory;
  }

  private boolean find(List<Token> tokens, boolean storyOnly) {
    for (int i = 0; i < tokens.size(); i++) {
      String key = tokens.get(i).key();
      if (matchesAny(byFirst.get(key), tokens, i, storyOnly)) {
        return true;
      }
      if (!stems.isEmpty()) {
        for (int n = 1; n <= Math.min(STEM_KEY, key.length()); n++) {
          if (matchesAny(stems.get(key.substring(0, n)), tokens, i, storyOnly)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean matchesAny(
      List<Phrase> candidates, List<Token> tokens, int i, boolean storyOnly) {
    if (candidates == null) {
      return false;
    }
    for (Phrase phrase : candidates) {
      if ((!storyOnly || phrase.story()) && startsAt(tokens, i, phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(List<Token> tokens, int i, Phrase phrase) {
    List<String> keys = phrase.keys();
    if (i + keys.size() > tokens.size()) {
      return false;
    }
    int last = keys.size() - 1;
    for (int k = 0; k <= last; k++) {
      String key = tokens.get(i + k).key();
      boolean ok =
          k == last && phrase.stem() ? key.startsWith(keys.get(k)) : key.equals(keys.get(k));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static SentenceDiscards parse(List<String> lines) {
    List<Phrase> out = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Phrase.of(line, false, false).ifPresent(out::add);
    }
    return new SentenceDiscards(out);
  }

  private static final class Holder {
    static final SentenceDiscards INSTANCE =
        parse(Objects.requireNonNull(TriggerSenses.lines(RESOURCE)));
  }
}
