package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Finds actor mentions in a sentence by longest match over a token trie of every alias.
 *
 * <p>Combinations, all within one noun phrase:
 *
 * <ul>
 *   <li>country, place or adjective, optional possessive, role words: "North Korean soldiers" is
 *       PRKMIL, "Russia's defence ministry" RUSGOV, "Darfur rebels" SDNREB;
 *   <li>then a person, who decides the code: "Russian President Vladimir Putin" is one mention;
 *   <li>role words before a person: "President Putin", "Foreign Minister Lavrov";
 *   <li>a title before a name the dictionary does not list: "Defence Minister Ana Ruiz" is a person
 *       with the title's sector and the country of the phrase ("Spanish …"), of the same name
 *       earlier in the article, or of the article's dateline; with none, nothing;
 *   <li>role words tied to a place after them: "rebels in the Ivory Coast" (CIVREB), "leaders of
 *       Romania's new government" (ROUGOV), "refugees fleeing the war in Liberia" (LBRCVL);
 *   <li>an organisation or institution followed by a role and a person: "NATO Secretary General
 *       Mark Rutte", "Kremlin spokesman Dmitry Peskov";
 *   <li>a country followed by one of its institutions: "North Korea's KCNA" is PRKMED;
 *   <li>a name the dictionary does not list and no title introduces, described by an apposition, an
 *       age or an "of" phrase ("Jane Doe, a resident of Lahore, Pakistan", "X of the Kandahar
 *       provincial council"), a demonym and role before it, or acting where the sentence or the
 *       article is: a person of that country, private (CVL) unless the description gives a sector
 *       (see {@link UnlistedPeople});
 *   <li>a run of role words counts as one: "Russian Foreign Ministry spokeswoman".
 * </ul>
 *
 * <p>Role words with no country in their phrase ("Police arrested 40 protesters in Nairobi") take
 * the country of the one place the sentence locates itself in ("in Nairobi": KENCOP, KENCVL) when
 * their sector is a local one (police, civilians, opposition, rebels, soldiers, courts, criminals,
 * groups); else an ethnic or religious group takes its home country when it has one; else they code
 * nothing.
 *
 * <p>Instances are immutable and thread-safe; {@link #article} gives a reader for one article that
 * remembers the people it has named.
 */
public final class ActorMatcher {
  /**
   * The role entry (roles.txt) of private people named by a common noun: "a man", "the driver", "a
   * teenager". Their mentions keep this entry, not their country's, so that the event coder can let
   * them be only the target of a coercive or violent act by a state or armed actor ("Police
   * arrested a man"), never a source or a speaker ("a man said").
   */
  public static final String PRIVATE_PERSON = "CVLPERSON";

  private final AliasTrie trie;
  private final ActorDictionary dictionary;

  /**
   * The last year of the state {@code code} when the dictionary dates its end (the Soviet Union:
   * 1991); empty for a state that exists or an unknown code.
   */
  public java.util.OptionalInt lastYearOf(String code) {
    return dictionary
        .entry(code)
        .flatMap(ActorEntry::to)
        .map(d -> java.util.OptionalInt.of(d.getYear()))
        .orElse(java.util.OptionalInt.empty());
  }

  /**
   * Whether {@code words} name the state {@code code} itself (its name, one of its names' words, or
   * a demonym) rather than a city that stands for it, such as its capital: "Syria", "Bosnia",
   * "Syrians" are the state, "Damascus" and "Sarajevo" are cities. Countries.txt lists capitals
   * among a state's aliases; this tells them apart for the rare act that needs to.
   */
  public boolean namesTheStateItself(String code, String words) {
    Optional<ActorEntry> entry = dictionary.entry(code);
    if (entry.isEmpty() || words.indexOf(' ') >= 0) {
      return true;
    }
    String w = words.toLowerCase(java.util.Locale.ROOT);
    if (DEMONYM.matcher(w).find()) {
      return true;
    }
    for (String part : entry.get().name().toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
      if (part.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Endings of demonyms and of states' own short names ("Bosnian", "Afghans", "Bosnia"). */
  private static final java.util.regex.Pattern DEMONYM =
      java.util.regex.Pattern.compile("(an|ans|ian|ians|ese|ish|i|is|ic|ia|stan|land)$");

  /** Builds the trie; costs a few milliseconds for the built-in dictionary. */
  public ActorMatcher(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.trie = new AliasTrie(dictionary.entries());
  }

  /**
   * Actor mentions in {@code sentence}, in order and never overlapping. The sentence is read alone:
   * a name introduced in an earlier sentence is not known here (see {@link #article}).
   */
  public List<ActorMention> find(String sentence, Optional<LocalDate> date) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(date, "date");
    return new SentenceReader(this, sentence, date, new ArticleMemory()).read();
  }

  /** The same with a known article date. */
  public List<ActorMention> find(String sentence, LocalDate date) {
    return find(sentence, Optional.of(date));
  }

  /**
   * A reader for the sentences of one article, which it reads in order: a titled person the
   * dictionary does not list ("Defence Minister Ana Ruiz") is remembered, so that "Ruiz said" in a
   * later sentence names the same actor; a dateline ("KAMPALA, Uganda (AP) -") gives the country of
   * titled people with no other.
   */
  public ArticleActors article(List<String> sentences, Optional<LocalDate> date) {
    List<String> copy = List.copyOf(sentences);
    return new ArticleActors(this, copy, i -> Tokenizer.tokenize(copy.get(i)), date);
  }

  /**
   * The same, reusing tokens the caller already made with {@link Tokenizer#tokenize} (the event
   * coder tokenizes every sentence anyway): {@code tokens.apply(i)} must be the tokens of sentence
   * {@code i}.
   */
  public ArticleActors article(
      List<String> sentences, IntFunction<List<Token>> tokens, Optional<LocalDate> date) {
    return new ArticleActors(this, sentences, tokens, date);
  }

  AliasTrie trie() {
    return trie;
  }

  /** The role entry (roles.txt) for a sector code such as "PTY", if the dictionary has one. */
  Optional<ActorEntry> role(String code) {
    return dictionary.entry(code).filter(e -> e.kind() == ActorKind.ROLE);
  }

  /** The country entry for a code, if the dictionary has one. */
  Optional<ActorEntry> country(String code) {
    return dictionary.entry(code).filter(e -> e.kind() == ActorKind.COUNTRY);
  }
}
