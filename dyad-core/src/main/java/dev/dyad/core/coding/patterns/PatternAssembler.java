package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one event pattern from surface forms, for dictionaries read from other formats (the
 * PETRARCH and TABARI verb files): every word is matched exactly as given (in any letter case),
 * never inflected, unlike the lemmas of Dyad's own pattern files. Elements are added left to right;
 * two gaps in a row become one, and a gap at either end is dropped.
 */
public final class PatternAssembler {
  /** The widest gap a pattern may hold, as in the pattern files. */
  public static final int MAX_GAP = 12;

  private final List<PatternElement> elements = new ArrayList<>();
  private int trigger = -1;

  /** An actor slot: {@code 'S'} source, {@code 'T'} target, {@code 'P'} two or more parties. */
  public PatternAssembler slot(char role) {
    if (role != 'S' && role != 'T' && role != 'P') {
      throw new IllegalArgumentException("slot must be S, T or P, not " + role);
    }
    elements.add(new PatternElement.Slot(role));
    return this;
  }

  /**
   * A gap of up to {@code max} tokens (capped at {@link #MAX_GAP}) that stops at every clause
   * boundary, as in Dyad's own patterns; it joins a gap before it.
   */
  public PatternAssembler gap(int max) {
    return gap(max, false);
  }

  /**
   * A gap of up to {@code max} tokens that crosses complementizers and relative pronouns ("that",
   * "which", "who"): the words a dictionary pattern names around it anchor it.
   */
  public PatternAssembler openGap(int max) {
    return gap(max, true);
  }

  private PatternAssembler gap(int max, boolean open) {
    if (max < 1) {
      throw new IllegalArgumentException("gap bound must be positive: " + max);
    }
    int last = elements.size() - 1;
    if (last >= 0 && elements.get(last) instanceof PatternElement.Gap g) {
      elements.set(
          last, new PatternElement.Gap(Math.min(MAX_GAP, g.max() + max), false, g.open() && open));
    } else {
      elements.add(new PatternElement.Gap(Math.min(MAX_GAP, max), false, open));
    }
    return this;
  }

  /**
   * Phrases compiled once, for an element that many patterns share (the verbs of a block, the
   * members of a synset).
   */
  public static final class Phrases {
    private final PatternElement.Words words;

    private Phrases(PatternElement.Words words) {
      this.words = words;
    }

    /** One of {@code phrases}, each a word or several words in a row ("wire tapped"). */
    public static Phrases of(Collection<String> phrases) {
      return new Phrases(wordsOf(phrases, false));
    }
  }

  /** One of {@code phrases}, each a word or several words in a row ("wire tapped"). */
  public PatternAssembler words(Collection<String> phrases) {
    elements.add(wordsOf(phrases, false));
    return this;
  }

  /** One of the phrases compiled before. */
  public PatternAssembler words(Phrases phrases) {
    elements.add(phrases.words);
    return this;
  }

  /** The trigger, from phrases compiled before. */
  public PatternAssembler trigger(Phrases phrases) {
    if (trigger >= 0) {
      throw new IllegalStateException("a pattern has one trigger");
    }
    trigger = elements.size();
    elements.add(phrases.words);
    return this;
  }

  /** As {@link #words}, but the element may be absent. */
  public PatternAssembler optionalWords(Collection<String> phrases) {
    elements.add(wordsOf(phrases, true));
    return this;
  }

  /** The words that name the act; a pattern has exactly one trigger. */
  public PatternAssembler trigger(Collection<String> phrases) {
    if (trigger >= 0) {
      throw new IllegalStateException("a pattern has one trigger");
    }
    trigger = elements.size();
    elements.add(wordsOf(phrases, false));
    return this;
  }

  /** Whether the slot {@code role} has been added. */
  public boolean has(char role) {
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Slot s && s.role() == role) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pattern.
   *
   * @param id unique in its book
   * @param origin file and line, for messages
   * @param kind the PLOVER type and mode its events take
   * @param code the dictionary's code for its events
   * @param symmetric whether each match codes both directions
   * @param confidence base confidence, in (0, 1]
   * @param silent whether a match codes nothing (a null code overriding a general pattern)
   * @throws PatternFormatException when it has no trigger, a slot twice, or neither {S} and {T} nor
   *     {P} alone
   */
  public EventPattern build(
      String id,
      String origin,
      EventKind kind,
      String code,
      boolean symmetric,
      double confidence,
      boolean silent) {
    List<PatternElement> out = new ArrayList<>(elements);
    int at = trigger;
    while (!out.isEmpty() && out.get(0) instanceof PatternElement.Gap) {
      out.remove(0);
      at--;
    }
    while (!out.isEmpty() && out.get(out.size() - 1) instanceof PatternElement.Gap) {
      out.remove(out.size() - 1);
    }
    if (trigger < 0) {
      throw new PatternFormatException(origin, "no trigger");
    }
    Set<Character> slots = new HashSet<>();
    for (PatternElement e : out) {
      if (e instanceof PatternElement.Slot s && !slots.add(s.role())) {
        throw new PatternFormatException(origin, "slot {" + s.role() + "} used twice");
      }
    }
    boolean dyad = slots.equals(Set.of('S', 'T'));
    boolean parties = slots.equals(Set.of('P'));
    if (!dyad && !parties) {
      throw new PatternFormatException(origin, "a pattern needs {S} and {T}, or {P} alone");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside (0, 1]: " + confidence);
    }
    return new EventPattern(
        id,
        kind.type(),
        kind.mode(),
        out,
        at,
        symmetric || parties,
        confidence,
        origin,
        // A target written before the verb ("+ WAS * FROM $") spells out a passive too.
        PatternParser.mentionsBe(out) || slotBefore(out, 'T', at),
        false,
        false,
        false,
        Optional.of(code),
        silent,
        true);
  }

  private static boolean slotBefore(List<PatternElement> elements, char role, int trigger) {
    for (int k = 0; k < trigger; k++) {
      if (elements.get(k) instanceof PatternElement.Slot s && s.role() == role) {
        return true;
      }
    }
    return false;
  }

  private static PatternElement.Words wordsOf(Collection<String> phrases, boolean optional) {
    List<List<Set<String>>> alternatives = new ArrayList<>();
    Set<List<String>> seen = new LinkedHashSet<>();
    for (String phrase : phrases) {
      List<String> keys = new ArrayList<>();
      for (Token t : Tokenizer.tokenize(phrase)) {
        keys.add(t.key());
      }
      if (!keys.isEmpty() && seen.add(keys)) {
        alternatives.add(keys.stream().map(Set::of).toList());
      }
    }
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("no words in " + phrases);
    }
    return PatternElement.Words.of(
        PatternParser.sortLongestFirst(alternatives), optional, null, String.join("|", phrases));
  }
}
