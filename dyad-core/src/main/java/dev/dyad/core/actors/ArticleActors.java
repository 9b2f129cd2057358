package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The actors of one article's sentences, read in order so that a person introduced with a title is
 * known by surname later ("Defence Minister Ana Ruiz …" then "Ruiz said …"). Asking for a sentence
 * reads every earlier one first; each is read once.
 *
 * <p>Not thread-safe: one instance per article.
 */
public final class ArticleActors {
  private final ActorMatcher matcher;
  private final List<String> sentences;
  private final IntFunction<List<Token>> tokens;
  private final Optional<LocalDate> date;
  private final ArticleMemory memory = new ArticleMemory();
  private final List<List<ActorMention>> read = new ArrayList<>();

  ArticleActors(
      ActorMatcher matcher,
      List<String> sentences,
      IntFunction<List<Token>> tokens,
      Optional<LocalDate> date) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.sentences = List.copyOf(sentences);
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.date = Objects.requireNonNull(date, "date");
  }

  /** The mentions of sentence {@code index}, reading the sentences before it if not yet read. */
  public List<ActorMention> mentions(int index) {
    Objects.checkIndex(index, sentences.size());
    while (read.size() <= index) {
      int next = read.size();
      read.add(
          new SentenceReader(matcher, sentences.get(next), tokens.apply(next), date, memory)
              .read());
      memory.sentenceDone();
    }
    return read.get(index);
  }

  /**
   * Reads the article's title first: the countries it names count towards the country the article
   * is about ("Kenyan police fire on protesters" makes a Kenyan story of the sentences after it),
   * and a titled person it names is remembered. A title is never a dateline. Call it before asking
   * for any sentence.
   *
   * @throws IllegalStateException when a sentence was already read
   */
  public ArticleActors title(Optional<String> title) {
    if (!read.isEmpty()) {
      throw new IllegalStateException("the title must be read before the sentences");
    }
    title
        .filter(t -> !t.isBlank())
        .ifPresent(
            t -> {
              new SentenceReader(matcher, t, Tokenizer.tokenize(t), date, memory, false).read();
              memory.titleDone();
            });
    return this;
  }

  /**
   * The country the article is about in the sentences read so far (named at least twice, and at
   * least twice as often as any other), else its dateline's: where an act told with no agent and no
   * place was done ("he was arrested on Monday").
   */
  public Optional<String> country() {
    return memory.lead().or(memory::dateline);
  }

  /** How many sentences the article has. */
  public int size() {
    return sentences.size();
  }
}
