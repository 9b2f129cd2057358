package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.mentions.SlotFill;
import dev.dyad.core.coding.morphology.NounForms;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The slot fills of one sentence, indexed by first and by last token, longest first; and the facts
 * of single positions that every pattern tried there asks for (a passive participle, a noun, a
 * filler), each worked out once per sentence rather than once per pattern.
 */
public final class SlotTable {
  /** Words that open an actor's phrase: articles, and a person's possessive ("his opponents"). */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their");

  private static final Set<String> TIME_OF_TITLE =
      Set.of("former", "then", "late", "outgoing", "incoming", "incumbent", "acting", "interim");
  private static final Comparator<SlotFill> LONGEST_FIRST =
      Comparator.comparingInt(SlotFill::length).reversed();

  // Slots are rare: most positions keep a null list.
  private final List<List<SlotFill>> starting;
  private final List<List<SlotFill>> ending;

  /** The sentence the position facts below are kept for. */
  private final List<Token> tokens;

  // Position facts, made on first use: 0 not yet known, else the answer + 1.
  private byte[] passive;
  private byte[] noun;
  private int[] fillerAfter;
  private int[] fillerBefore;

  public SlotTable(List<Token> tokens, List<SlotFill> fills) {
    this.tokens = tokens;
    int n = tokens.size();
    starting = new ArrayList<>(java.util.Collections.nCopies(n, null));
    ending = new ArrayList<>(java.util.Collections.nCopies(n, null));
    for (SlotFill f : fills) {
      add(f);
      // A leading article belongs to the actor's words: "the United States", "the Kremlin",
      // "called on his opponents to"; so do
      // the words that date a title ("endorsed former Vice President Joe Biden", "met the then
      // prime minister").
      for (int k = f.first() - 1; k >= 0; k--) {
        String key = tokens.get(k).key();
        boolean article = DETERMINERS.contains(key);
        if (!article && !TIME_OF_TITLE.contains(key)) {
          break;
        }
        add(new SlotFill(k, f.last(), f.parties(), f.oneOf(), f.reference()));
        if (article) {
          break;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      if (starting.get(k) != null) {
        starting.get(k).sort(LONGEST_FIRST);
      }
      if (ending.get(k) != null) {
        ending.get(k).sort(LONGEST_FIRST);
      }
    }
  }

  private void add(SlotFill f) {
    if (starting.get(f.first()) == null) {
      starting.set(f.first(), new ArrayList<>(2));
    }
    if (ending.get(f.last()) == null) {
      ending.set(f.last(), new ArrayList<>(2));
    }
    starting.get(f.first()).add(f);
    ending.get(f.last()).add(f);
  }

  /** {@link PatternMatcher#isPassiveParticiple} at {@code pos} of {@code sentence}. */
  boolean passiveParticiple(List<Token> sentence, int pos) {
    if (sentence != tokens || pos < 0 || pos >= tokens.size()) {
      return PatternMatcher.isPassiveParticiple(sentence, pos);
    }
    if (passive == null) {
      passive = new byte[tokens.size()];
    }
    if (passive[pos] == 0) {
      passive[pos] = (byte) (PatternMatcher.isPassiveParticiple(tokens, pos) ? 2 : 1);
    }
    return passive[pos] == 2;
  }

  /** {@link NounForms#isNounHere} at {@code pos} of {@code sentence}. */
  boolean nounHere(List<Token> sentence, int pos) {
    if (sentence != tokens || pos < 0 || pos >= tokens.size()) {
      return NounForms.isNounHere(sentence, pos);
    }
    if (noun == null) {
      noun = new byte[tokens.size()];
    }
    if (noun[pos] == 0) {
      noun[pos] = (byte) (NounForms.isNounHere(tokens, pos) ? 2 : 1);
    }
    return noun[pos] == 2;
  }

  /** {@link Fillers#at} at {@code pos} of {@code sentence} in direction {@code dir}. */
  int filler(List<Token> sentence, int pos, int dir) {
    if (sentence != tokens || pos < 0 || pos >= tokens.size()) {
      return Fillers.at(sentence, pos, dir);
    }
    int[] known = dir > 0 ? fillerAfter : fillerBefore;
    if (known == null) {
      known = new int[tokens.size()];
      if (dir > 0) {
        fillerAfter = known;
      } else {
        fillerBefore = known;
      }
    }
    if (known[pos] == 0) {
      known[pos] = Fillers.at(tokens, pos, dir) + 1;
    }
    return known[pos] - 1;
  }

  /** Fills whose first token is {@code pos}. */
  List<SlotFill> startingAt(int pos) {
    List<SlotFill> list = starting.get(pos);
    return list == null ? List.of() : list;
  }

  /** Fills whose last token is {@code pos}. */
  List<SlotFill> endingAt(int pos) {
    List<SlotFill> list = ending.get(pos);
    return list == null ? List.of() : list;
  }
}
