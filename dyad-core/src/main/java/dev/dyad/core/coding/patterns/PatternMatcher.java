package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.mentions.SlotFill;
import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches one pattern around a trigger occurrence: the elements after the trigger left to right,
 * the elements before it right to left, each side by backtracking with the shortest gaps and the
 * longest slot fills tried first. So the actor nearest the trigger wins ("Seoul's spy agency said
 * Pyongyang had delivered…" gives Pyongyang).
 */
public final class PatternMatcher {
  private PatternMatcher() {}

  /**
   * Words a gap never crosses: clause punctuation, relative pronouns and subordinators, so that a
   * slot is never filled from another clause.
   */
  public static final Set<String> BOUNDARIES =
      Set.of(
          ";",
          ":",
          "(",
          ")",
          "\"",
          "\u201c",
          "\u201d",
          "?",
          "!",
          "which",
          "who",
          "whom",
          "whose",
          "while",
          "whereas",
          "but",
          "although",
          "though",
          "because",
          "if",
          "unless",
          "when",
          "after",
          "before",
          "until",
          "that",
          "said",
          "says",
          "say",
          "as",
          "despite",
          "whether");

  private static final Set<String> BE =
      Set.of("was", "were", "been", "being", "is", "are", "be", "am");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /** A successful match. */
  public record Match(
      EventPattern pattern,
      int trigger,
      int first,
      int last,
      SlotFill source,
      SlotFill target,
      SlotFill parties,
      int gaps,
      Optional<String> object,
      int objectFirst,
      int objectLast) {

    /** Whether token {@code k} is part of the words a class matched ("shells" in "sent shells"). */
    public boolean objectCovers(int k) {
      return objectFirst >= 0 && objectFirst <= k && k <= objectLast;
    }
  }

  /** Tries {@code pattern} with its trigger's first token at {@code pos}. */
  public static Optional<Match> match(
      EventPattern pattern, List<Token> tokens, SlotTable slots, int pos) {
    if (!pattern.passive() && slots.passiveParticiple(tokens, pos)) {
      return Optional.empty();
    }
    if (isNounBeforeOf(pattern, tokens, pos) || (pattern.verbal() && slots.nounHere(tokens, pos))) {
      return Optional.empty();
    }
    PatternElement.Words trigger = pattern.triggerWords();
    int[] lengths = new int[trigger.alternatives().size()];
    int found = trigger.match(tokens, pos, 1, lengths);
    List<PatternElement> elements = pattern.elements();
    for (int a = 0; a < found; a++) {
      State st = new State(tokens, slots, elements);
      if (st.side(pattern.trigger() + 1, pos + lengths[a], 1)
          && st.side(pattern.trigger() - 1, pos - 1, -1)) {
        if (st.object == null) {
          st.objectInSlot();
        }
        return Optional.of(
            new Match(
                pattern,
                pos,
                st.first,
                st.last,
                st.source,
                st.target,
                st.parties,
                st.gaps,
                Optional.ofNullable(st.object),
                st.objectFirst,
                st.objectLast));
      }
    }
    return Optional.empty();
  }

  /**
   * "were expelled", "was welcomed", "has been sent": the trigger is a participle after a form of
   * "be" (an adverb may stand between). "Is providing" stays active.
   */
  static boolean isPassiveParticiple(List<Token> tokens, int pos) {
    if (tokens.get(pos).key().endsWith("ing")) {
      return false;
    }
    for (int back = 1; back <= 2 && pos - back >= 0; back++) {
      String key = tokens.get(pos - back).key();
      if (BE.contains(key)) {
        return true;
      }
      if (!key.endsWith("ly")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the return of", "a transfer of": a trigger between an article and "of" is a noun, so a verb
   * pattern (one that does not itself continue with "of") must not read it as a verb.
   */
  private static boolean isNounBeforeOf(EventPattern pattern, List<Token> tokens, int pos) {
    if (pos == 0
        || pos + 1 >= tokens.size()
        || !DETERMINERS.contains(tokens.get(pos - 1).key())
        || !tokens.get(pos + 1).key().equals("of")) {
      return false;
    }
    int next = pattern.trigger() + 1;
    return next >= pattern.elements().size()
        || !(pattern.elements().get(next) instanceof PatternElement.Words w
            && w.firstKeys().contains("of"));
  }

  /**
   * Whether a gap moving in direction {@code dir} must stop at token k. Quirk: "and" and a comma
   * stop a gap only towards the subject ("…, South Korean officials said" is never a subject),
   * because objects often carry appositives ("munitions, including shells and missiles, to
   * Russia"); a comma inside a number ("12,000") never stops one.
   */
  private static boolean isBoundary(List<Token> tokens, int k, int dir) {
    String key = tokens.get(k).key();
    if (key.equals("and")) {
      // "… in Iran and captured the embassy": a subject is never found across "and"; a
      // coordination of actors is a slot fill, not a gap.
      return dir < 0;
    }
    if (!key.equals(",")) {
      return BOUNDARIES.contains(key);
    }
    return dir < 0
        && !(k > 0
            && k + 1 < tokens.size()
            && Character.isDigit(tokens.get(k - 1).key().charAt(0))
            && Character.isDigit(tokens.get(k + 1).key().charAt(0)));
  }

  /** The bindings of one attempt; local to one call, so matching is thread-safe. */
  private static final class State {
    /** How far back a mention may start before the slot's place (see insideMention). */
    private static final int INSIDE = 3;

    final List<Token> tokens;
    final SlotTable slots;
    final List<PatternElement> elements;
    int first;
    int last;
    int gaps;
    SlotFill source;
    SlotFill target;
    SlotFill parties;
    String object;
    int objectFirst = -1;
    int objectLast = -1;

    State(List<Token> tokens, SlotTable slots, List<PatternElement> elements) {
      this.tokens = tokens;
      this.slots = slots;
      this.elements = elements;
    }

    /**
     * Matches elements from {@code idx} on in direction {@code dir}, starting at token pos; when
     * that fails before a word or a slot, once more after one filler ("on Monday", "more than 100",
     * ", a key ally,").
     */
    boolean side(int idx, int pos, int dir) {
      if (sideAt(idx, pos, dir)) {
        return true;
      }
      if (idx < 0 || idx >= elements.size() || elements.get(idx) instanceof PatternElement.Gap) {
        return false;
      }
      int skip = slots.filler(tokens, pos, dir);
      if (skip > 0 && sideAt(idx, pos + dir * skip, dir)) {
        gaps += skip;
        return true;
      }
      return false;
    }

    /**
     * Quirk: the actor dictionary reads an agent word into its mention ("UN peacekeepers", "African
     * Union investigators"), where a pattern wants the word after the slot ("{T} (peacekeeper|…)").
     * The word after the slot may then be the mention's own last word.
     */
    private boolean endsInNextWord(int idx, SlotFill f, int dir) {
      if (dir < 0 || f.length() < 2 || idx + 1 >= elements.size()) {
        return false;
      }
      return elements.get(idx + 1) instanceof PatternElement.Words w
          && !w.optional()
          && sideAt(idx + 1, f.last(), dir);
    }

    /**
     * Quirk: the actor dictionary reads a role and its country as one mention ("the ambassador of
     * Japan"), where a pattern spells the role out before the slot ("$ENVOY of {T}"). When the
     * pattern's words matched the start of such a mention (at most {@value #INSIDE} tokens), the
     * slot takes the whole mention.
     */
    private boolean insideMention(int idx, int pos, int dir) {
      if (idx == 0 || !(elements.get(idx - 1) instanceof PatternElement.Words)) {
        return false;
      }
      for (int start = Math.max(0, pos - INSIDE); start < pos; start++) {
        for (SlotFill f : slots.startingAt(start)) {
          if (f.last() >= pos && bind(slotRole(idx), f) && side(idx + dir, f.last() + 1, dir)) {
            return true;
          }
          bind(slotRole(idx), null);
        }
      }
      return false;
    }

    private char slotRole(int idx) {
      return ((PatternElement.Slot) elements.get(idx)).role();
    }

    private boolean sideAt(int idx, int pos, int dir) {
      if (idx < 0 || idx >= elements.size()) {
        if (dir > 0) {
          last = pos - 1;
        } else {
          first = pos + 1;
        }
        return true;
      }
      PatternElement e = elements.get(idx);
      if (e instanceof PatternElement.Gap g) {
        // The gap may skip tokens up to the first boundary and at most max of them.
        int reach = 0;
        while (reach < g.max()) {
          int k = pos + dir * reach;
          if (k < 0 || k >= tokens.size() || isBoundary(tokens, k, dir)) {
            break;
          }
          reach++;
        }
        for (int step = 0; step <= reach; step++) {
          int skip = g.far() ? reach - step : step;
          if (side(idx + dir, pos + dir * skip, dir)) {
            gaps += skip;
            return true;
          }
        }
        return false;
      }
      if (e instanceof PatternElement.Slot s) {
        if (pos < 0 || pos >= tokens.size()) {
          return false;
        }
        for (SlotFill f : dir > 0 ? slots.startingAt(pos) : slots.endingAt(pos)) {
          if (s.role() == 'P' && (f.oneOf() || f.parties().size() < 2)) {
            continue; // the parties of a symmetric act are two or more actors
          }
          if (bind(s.role(), f)
              && (side(idx + dir, dir > 0 ? f.last() + 1 : f.first() - 1, dir)
                  || endsInNextWord(idx, f, dir))) {
            return true;
          }
          bind(s.role(), null);
        }
        return dir > 0 && s.role() != 'P' && insideMention(idx, pos, dir);
      }
      PatternElement.Words w = (PatternElement.Words) e;
      if (pos >= 0 && pos < tokens.size()) {
        int[] mine = new int[w.alternatives().size()];
        int found = w.match(tokens, pos, dir, mine);
        // mine is per call: the recursion below reuses nothing of it once it returns.
        for (int a = 0; a < found; a++) {
          int len = mine[a];
          String before = object;
          int beforeFirst = objectFirst;
          int beforeLast = objectLast;
          if (w.wordClass() != null && object == null) {
            int from = dir > 0 ? pos : pos - len + 1;
            int to = from + len - 1;
            // "tank shells": a class word followed by more class words names one object.
            while (to + 1 < tokens.size() && w.lastKeys().contains(tokens.get(to + 1).key())) {
              to++;
            }
            object = text(from, to);
            objectFirst = from;
            objectLast = to;
          }
          if (side(idx + dir, pos + dir * len, dir)) {
            return true;
          }
          object = before;
          objectFirst = beforeFirst;
          objectLast = beforeLast;
        }
      }
      return w.optional() && side(idx + dir, pos, dir);
    }

    /**
     * "The dispatch of North Korean soldiers": the dictionary took the class word into the actor's
     * name, so the object is read from the end of the source's words.
     */
    void objectInSlot() {
      if (source == null || source.reference()) {
        return;
      }
      String last = tokens.get(source.last()).key();
      for (PatternElement e : elements) {
        if (e instanceof PatternElement.Words w
            && w.wordClass() != null
            && w.lastKeys().contains(last)) {
          object = last;
          return;
        }
      }
    }

    private boolean bind(char role, SlotFill f) {
      switch (role) {
        case 'S' -> source = f;
        case 'T' -> target = f;
        default -> parties = f;
      }
      return true;
    }

    private String text(int from, int to) {
      StringBuilder sb = new StringBuilder();
      for (int k = from; k <= to; k++) {
        Token t = tokens.get(k);
        if (k > from && tokens.get(k - 1).end() < t.start()) {
          sb.append(' ');
        }
        sb.append(t.form());
      }
      return sb.toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
