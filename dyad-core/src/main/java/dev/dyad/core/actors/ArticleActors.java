package dev.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The actors of one article's sentences, read in order so that a person introduced with a title
 * is known by surname later ("Defence Minister Ana Ruiz …" then "Ruiz said …"). Asking for a
 * sentence reads every earlier one first; each is read once.
 *
 * <p>Not thread-safe: one instance per article.
 */
public final class ArticleActors {
  private final ActorMatcher matcher;
  private final List<String> sentences;
  private final Optional<LocalDate> date;
  private final ArticleMemory memory = new ArticleMemory();
  private final List<List<ActorMention>> read = new ArrayList<>();

  ArticleActors(ActorMatcher matcher, List<String> sentences, Optional<LocalDate> date) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.sentences = List.copyOf(sentences);
    this.date = Objects.requireNonNull(date, "date");
  }

  /** The mentions of sentence {@code index}, reading the sentences before it if not yet read. */
  public List<ActorMention> mentions(int index) {
    Objects.checkIndex(index, sentences.size());
    while (read.size() <= index) {
      String text = sentences.get(read.size());
      read.add(new SentenceReader(matcher, text, date, memory).read());
      memory.sentenceDone();
    }
    return read.get(index);
  }

  /** How many sentences the article has. */
  public int size() {
    return sentences.size();
  }
}
