package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds actor mentions in a sentence by longest match over a token trie of every alias.
 *
 * <p>Combinations, all within adjacent tokens:
 *
 * <ul>
 *   <li>country or adjective, optional possessive, role words: "North Korean soldiers" is PRKMIL,
 *       "Russia's defence ministry" is RUSGOV;
 *   <li>then a person, who decides the code: "Russian President Vladimir Putin" is one mention;
 *   <li>role words before a person: "President Putin", "Foreign Minister Lavrov";
 *   <li>an organisation or institution followed by a role and a person: "NATO Secretary General
 *       Mark Rutte", "Kremlin spokesman Dmitry Peskov";
 *   <li>a country followed by one of its institutions: "North Korea's KCNA" is PRKMED;
 *   <li>a run of role words counts as one: "Russian Foreign Ministry spokeswoman".
 * </ul>
 *
 * <p>Role words alone ("officials said") are not actors. "Troops from North Korea" (role + of/from
 * + country) is not combined yet. A person is coded by the office held on the article's date, or
 * as the bare country when no office covers it; names not in the dictionary are never coded.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ActorMatcher {
  private static final Predicate<ActorEntry> ANY = entry -> true;
  private static final Predicate<ActorEntry> ROLE = entry -> entry.kind() == ActorKind.ROLE;
  private static final Predicate<ActorEntry> PERSON = entry -> entry.kind() == ActorKind.PERSON;

  private final AliasTrie trie;

  /** Builds the trie; costs a few milliseconds for the built-in dictionary. */
  public ActorMatcher(ActorDictionary dictionary) {
    this.trie = new AliasTrie(dictionary.entries());
  }

  /** Actor mentions in {@code sentence}, in order and never overlapping. */
  public List<ActorMention> find(String sentence, Optional<LocalDate> date) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(date, "date");
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<ActorMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      AliasTrie.Hit hit = trie.longest(tokens, i, ANY);
      if (hit == null) {
        i++;
        continue;
      }
      i = switch (hit.entry().kind()) {
        case IGNORE -> hit.end();
        case ROLE -> titledPerson(sentence, tokens, i, hit, date, mentions);
        case COUNTRY, ORGANIZATION, INSTITUTION ->
            compound(sentence, tokens, i, hit, date, mentions);
        case PERSON -> {
          mentions.add(mention(sentence, tokens, i, hit.end(), hit.entry(),
              hit.entry().actorOn(date)));
          yield hit.end();
        }
      };
    }
    return mentions;
  }

  /** The same with a known article date. */
  public List<ActorMention> find(String sentence, LocalDate date) {
    return find(sentence, Optional.of(date));
  }

  /** Role words alone are no actor; followed by a person they join the person's mention. */
  private int titledPerson(String sentence, List<Token> tokens, int start, AliasTrie.Hit role,
      Optional<LocalDate> date, List<ActorMention> mentions) {
    Roles roles = roles(tokens, start);
    AliasTrie.Hit person = trie.longest(tokens, roles.end(), PERSON);
    if (person == null) {
      return role.end();
    }
    mentions.add(mention(sentence, tokens, start, person.end(), person.entry(),
        person.entry().actorOn(date)));
    return person.end();
  }

  /**
   * A country, organisation or institution, possibly with a possessive, role words and a person
   * after it. Only a country takes its sector from the role words; an organisation or
   * institution keeps its own code.
   */
  private int compound(String sentence, List<Token> tokens, int start, AliasTrie.Hit head,
      Optional<LocalDate> date, List<ActorMention> mentions) {
    ActorEntry entry = head.entry();
    int next = head.end();
    if (next < tokens.size() && tokens.get(next).possessive()) {
      next++;
    }
    if (entry.kind() == ActorKind.COUNTRY) {
      // "North Korea's KCNA": the institution already says which country it belongs to.
      AliasTrie.Hit institution = trie.longest(tokens, next,
          e -> e.kind() == ActorKind.INSTITUTION && e.country().equals(entry.country()));
      if (institution != null) {
        mentions.add(mention(sentence, tokens, start, institution.end(), institution.entry(),
            institution.entry().actorOn(date)));
        return institution.end();
      }
    }
    Roles roles = roles(tokens, next);
    AliasTrie.Hit person = trie.longest(tokens, roles.end(), PERSON);
    if (person != null) {
      mentions.add(mention(sentence, tokens, start, person.end(), person.entry(),
          person.entry().actorOn(date)));
      return person.end();
    }
    if (!roles.sector().isEmpty() && entry.kind() == ActorKind.COUNTRY) {
      String sector = roles.sector();
      Actor actor = new Actor(entry.country() + sector, entry.country(), sector, entry.name(),
          entry.kind());
      mentions.add(mention(sentence, tokens, start, roles.end(), entry, actor));
      return roles.end();
    }
    mentions.add(mention(sentence, tokens, start, head.end(), entry, entry.actorOn(date)));
    return head.end();
  }

  /** Consecutive role words from {@code start}: where they end and the sector they give. */
  private Roles roles(List<Token> tokens, int start) {
    String sector = "";
    int end = start;
    for (AliasTrie.Hit role = trie.longest(tokens, end, ROLE); role != null;
        role = trie.longest(tokens, end, ROLE)) {
      String next = role.entry().sector();
      // The first role word usually carries the sector ("military spokesman" is MIL,
      // "foreign ministry spokeswoman" GOV). Quirk: "government forces" are soldiers, so MIL
      // anywhere in the run wins.
      if (sector.isEmpty() || next.equals("MIL")) {
        sector = next;
      }
      end = role.end();
    }
    return new Roles(end, sector);
  }

  /** A run of role words: the token index after it and its sector, empty if there was none. */
  private record Roles(int end, String sector) {}

  private static ActorMention mention(String sentence, List<Token> tokens, int from, int to,
      ActorEntry entry, Actor actor) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return new ActorMention(sentence.substring(start, end), start, end, entry, actor);
  }
}
