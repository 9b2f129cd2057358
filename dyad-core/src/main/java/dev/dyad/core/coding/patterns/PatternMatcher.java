package dev.dyad.core.coding.patterns;

import dev.dyad.core.actors.ActorKind;
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

  /** Participles before "by" that make the actor after them a subject's backer. */
  static final Set<String> BACKING =
      Set.of(
          "backed",
          "supported",
          "aided",
          "assisted",
          "helped",
          "reinforced",
          "funded",
          "armed",
          "sponsored",
          "financed",
          "trained",
          "sheltered",
          "controlled",
          "directed",
          "equipped",
          "bankrolled");

  /**
   * "Angolan rebels led by Jonas Savimbi shelled Kuito": the leader named after "by" does not act.
   */
  private static final Set<String> LEADING = Set.of("led", "commanded", "headed");

  /** Words before "with" or "to" that tie a subject to the actor after them. */
  private static final Set<String> TIES =
      Set.of(
          "associated",
          "allied",
          "aligned",
          "affiliated",
          "linked",
          "connected",
          "tied",
          "loyal",
          "close");

  /** Prepositions before a place that say where a clause happens. */
  private static final java.util.Set<String> LOCATIVES =
      java.util.Set.of("in", "at", "near", "across", "throughout", "inside", "outside", "around");

  /** "The coalition came to Iraq to fight ISIS": where someone went does not act. */
  private static final java.util.Set<String> DESTINATIONS =
      java.util.Set.of("to", "into", "toward", "towards", "from");

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

  /** The lengths, in tokens, of a comma-delimited clause a subject may stand before. */
  private static final int MIN_CLAUSE = 2;

  private static final int MAX_CLAUSE = 8;

  /** Adverbs that may stand between a comma-delimited clause and the verb. */
  private static final Set<String> ADVERBS =
      Set.of("also", "then", "now", "again", "not", "never", "still", "later", "once");

  /** Boundaries a comma-delimited clause may hold ("…, after the talks, …"). */
  private static boolean isSkippable(String key) {
    return key.equals("after") || key.equals("before") || key.equals("despite");
  }

  /** Verbs of saying whose subject may follow the clause it reports. */
  private static final Set<String> SPEECH =
      Set.of("said", "says", "say", "told", "tells", "added", "adds", "stated", "states");

  /** Verbs of reporting: their subject is the source of what follows, not a party to it. */
  private static final Set<String> REPORTING = Set.of("reported", "reports");

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
      if (!pattern.passive() && isParticipleBeforeBy(pattern, tokens, pos + lengths[a])) {
        continue;
      }
      State st = new State(tokens, slots, elements, pattern.verb());
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
   * "schoolgirls kidnapped by Boko Haram", "rebels backed by Rwanda": a participle followed by "by"
   * is a reduced passive, so an active pattern (one that does not itself continue with "by") must
   * not read its agent as the target. {@code after} is the token after the trigger.
   */
  private static boolean isParticipleBeforeBy(EventPattern pattern, List<Token> tokens, int after) {
    if (after >= tokens.size()
        || !tokens.get(after).key().equals("by")
        || tokens.get(after - 1).key().endsWith("ing")) {
      return false;
    }
    return !continuesWith(pattern, "by");
  }

  /** Whether the element right after the pattern's trigger may start with {@code key}. */
  private static boolean continuesWith(EventPattern pattern, String key) {
    int next = pattern.trigger() + 1;
    return next < pattern.elements().size()
        && pattern.elements().get(next) instanceof PatternElement.Words w
        && w.firstKeys().contains(key);
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
    return !continuesWith(pattern, "of");
  }

  /** What an open gap crosses: complementizers and relative pronouns ("allowed that Mordor …"). */
  private static final Set<String> OPEN_CROSSES =
      Set.of("that", "which", "who", "whom", "whose", "whether");

  /** Whether an open gap moving in direction {@code dir} must stop at token k. */
  private static boolean isHardBoundary(List<Token> tokens, int k, int dir) {
    return !OPEN_CROSSES.contains(tokens.get(k).key()) && isBoundary(tokens, k, dir);
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
      // coordination of actors is a slot fill, not a gap. Nor is an object found across a
      // second verb with its own object ("suspended imports of Lithuanian goods and recalled its
      // ambassador from Lithuania": the imports are not from Lithuania).
      return dir < 0 || opensAVerbPhrase(tokens, k + 1);
    }
    if (!key.equals(",")) {
      return BOUNDARIES.contains(key) && !scareQuote(tokens, k);
    }
    return dir < 0
        && !(k > 0
            && k + 1 < tokens.size()
            && Character.isDigit(tokens.get(k - 1).key().charAt(0))
            && Character.isDigit(tokens.get(k + 1).key().charAt(0)));
  }

  /**
   * Whether the quotation mark at {@code k} sets off one to three adverbs inside a clause ("had
   * \"unintentionally\" shot down"): scare quotes, not a quotation that opens or closes a clause of
   * its own.
   */
  private static boolean scareQuote(List<Token> tokens, int k) {
    if (!QUOTES.contains(tokens.get(k).key())) {
      return false;
    }
    for (int dir = -1; dir <= 1; dir += 2) {
      for (int n = 1; n <= 3; n++) {
        int j = k + dir * (n + 1);
        if (j < 0 || j >= tokens.size()) {
          break;
        }
        String inner = tokens.get(k + dir * n).key();
        // Adverbs only: a quoted noun ("blamed \"infiltrators\" for") may be the one who acts.
        if (!inner.endsWith("ly")) {
          break;
        }
        if (QUOTES.contains(tokens.get(j).key())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");

  /** Words that open a verb's object: "recalled <b>its</b> ambassador". */
  private static final Set<String> OBJECT_OPENERS =
      Set.of("its", "the", "a", "an", "his", "her", "their", "our", "two", "three", "several");

  /**
   * Whether a past verb with its object starts at {@code k}: lower-case, ending in "-ed", and
   * followed by a determiner or a possessive ("recalled its", "expelled the"), which tells it from
   * an adjective before a noun ("armed militias").
   */
  private static boolean opensAVerbPhrase(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    Token verb = tokens.get(k);
    return Character.isLowerCase(verb.form().charAt(0))
        && verb.key().endsWith("ed")
        && OBJECT_OPENERS.contains(tokens.get(k + 1).key());
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

    /** Whether a gap towards the subject passes a comma-delimited clause (verb dictionaries). */
    final boolean commaClauses;

    State(
        List<Token> tokens, SlotTable slots, List<PatternElement> elements, boolean commaClauses) {
      this.tokens = tokens;
      this.slots = slots;
      this.elements = elements;
      this.commaClauses = commaClauses;
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

    /**
     * Quirk: as PETRARCH deletes a comma-delimited clause of 2 to 8 words inside a sentence by
     * default, a verb dictionary's subject may stand before one ("Arnor's foreign minister, in
     * remarks published on Monday, urged …"). {@code comma} is the comma that ends the clause; the
     * answer is the index of the comma that opens it, or -1 when there is no such clause (too long,
     * too short, holding another boundary, or naming an actor, who is then more likely the verb's
     * subject: "From Israel, Secretary of State Mike Pompeo spoke, defending …").
     */
    private int clauseStart(int comma) {
      if (comma < 0 || comma >= tokens.size() || !tokens.get(comma).key().equals(",")) {
        return -1;
      }
      for (int k = comma - 1; k >= 0 && comma - k - 1 <= MAX_CLAUSE; k--) {
        String key = tokens.get(k).key();
        if (key.equals(",")) {
          int words = comma - k - 1;
          return words >= MIN_CLAUSE && k > 0 && !namesAnActor(k + 1, comma - 1) ? k : -1;
        }
        if (key.equals("and") || (BOUNDARIES.contains(key) && !isSkippable(key))) {
          return -1;
        }
      }
      return -1;
    }

    private boolean namesAnActor(int from, int to) {
      for (int k = from; k <= to; k++) {
        if (!slots.startingAt(k).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** Whether tokens {@code from}..{@code to} are adverbs only ("…, urged", "…, now urged"). */
    private boolean onlyAdverbs(int from, int to) {
      for (int k = Math.max(0, from); k <= to && k < tokens.size(); k++) {
        String key = tokens.get(k).key();
        if (!key.endsWith("ly") && !ADVERBS.contains(key)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a speech verb follows the mention, or its head noun ("…, a senior Bree official
     * said"): it is the subject of the next clause, never an object of the verb before it.
     */
    private boolean speaks(SlotFill f) {
      // The mention may end before its head noun ("a senior Graustark official said").
      for (int k = f.last() + 1; k < tokens.size() && k <= f.last() + 3; k++) {
        Token t = tokens.get(k);
        if (SPEECH.contains(t.key())) {
          return true;
        }
        if (t.form().isEmpty()
            || !Character.isLowerCase(t.form().charAt(0))
            || !t.form().chars().allMatch(Character::isLetter)
            || BOUNDARIES.contains(t.key())
            || t.key().equals("and")) {
          return false;
        }
      }
      return false;
    }

    /** Whether a verb of reporting follows the mention at once ("NBC News reported …"). */
    private boolean reports(SlotFill f) {
      int k = f.last() + 1;
      return k < tokens.size() && REPORTING.contains(tokens.get(k).key());
    }

    /** Whether the pattern spells out a word right before element {@code idx} ("in {S}"). */
    private boolean wordsBefore(int idx) {
      return idx > 0 && elements.get(idx - 1) instanceof PatternElement.Words;
    }

    /**
     * "Workers marched in Lima on Tuesday demanding …": a bare place after a locative preposition
     * says where, and is no subject of the verb after it (unless the pattern itself writes the
     * preposition: "protests in {S} …"); nor is a place someone went to or came from ("came to Iraq
     * to fight ISIS").
     */
    private boolean placeOfTheClause(SlotFill f) {
      if (f.reference() || f.parties().size() != 1 || f.first() == 0) {
        return false;
      }
      ActorKind kind = f.parties().get(0).kind();
      return (kind == ActorKind.PLACE || kind == ActorKind.COUNTRY)
          && (LOCATIVES.contains(tokens.get(f.first() - 1).key())
              || DESTINATIONS.contains(tokens.get(f.first() - 1).key()));
    }

    /**
     * "The suspect's wife was taken into custody", "arrested the minister's brother": an actor
     * followed by "'s" and a private person or a named one stands for that person, who acts or is
     * acted on.
     */
    private boolean possessorOfAnActor(SlotFill f) {
      int k = f.last() + 1;
      if (k + 1 >= tokens.size() || !tokens.get(k).key().equals("'s")) {
        return false;
      }
      // Only people: "Sweden's NATO membership" is no NATO of Sweden's.
      for (SlotFill owned : slots.startingAt(k + 1)) {
        if (!owned.reference()
            && owned.parties().stream()
                .allMatch(
                    p ->
                        p.privatePerson()
                            || p.kind() == ActorKind.PERSON
                            || (p.kind() == ActorKind.ROLE && p.code().endsWith("CVL")))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Supporters of Imran Khan clashed with police": an actor after "of" that follows another
     * actor completes that one's phrase; the supporters clash, not Khan.
     */
    private boolean ofAnotherActor(SlotFill f) {
      int k = f.first() - 1;
      return !f.reference()
          && k >= 1
          && tokens.get(k).key().equals("of")
          && !slots.endingAt(k - 1).isEmpty();
    }

    /**
     * "Iraqi militias associated with Iran made threats", "rebels backed by Rwanda attacked": the
     * state after "backed by" or "associated with" describes the subject before it, and does not
     * act (unless the pattern itself writes the words before the slot).
     */
    private boolean backerOfTheSubject(SlotFill f) {
      int k = f.first() - 1;
      if (f.reference() || k < 1) {
        return false;
      }
      String link = tokens.get(k).key();
      String verb = tokens.get(k - 1).key();
      return (link.equals("by") && (BACKING.contains(verb) || LEADING.contains(verb)))
          || ((link.equals("with") || link.equals("to")) && TIES.contains(verb));
    }

    private char slotRole(int idx) {
      return ((PatternElement.Slot) elements.get(idx)).role();
    }

    /** Whether an element after {@code idx} is the word "by" (an agent's marker). */
    private boolean byAfter(int idx) {
      for (int i = idx + 1; i < elements.size(); i++) {
        if (elements.get(i) instanceof PatternElement.Words w && w.firstKeys().contains("by")) {
          return true;
        }
      }
      return false;
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
        // The gap may skip tokens up to the first boundary and at most max of them. Towards the
        // end, it never skips a "by" the pattern names later: "the killing of the journalist by
        // Saudi agents was condemned by Turkey" has its agent after the first "by".
        boolean byLater = dir > 0 && byAfter(idx);
        int reach = 0;
        // Towards the subject a gap passes an aside set off by commas (", in a statement,"),
        // and nothing inside it is the subject.
        java.util.BitSet asides = null;
        while (reach < g.max()) {
          int k = pos + dir * reach;
          int aside = dir < 0 && k >= 0 ? Fillers.parentheticalEndingAt(tokens, k) : 0;
          if (aside > 0 && reach + aside < g.max()) {
            asides = asides == null ? new java.util.BitSet() : asides;
            asides.set(reach, reach + aside);
            reach += aside;
            continue;
          }
          if (k < 0
              || k >= tokens.size()
              || (g.open() ? isHardBoundary(tokens, k, dir) : isBoundary(tokens, k, dir))
              || (byLater && tokens.get(k).key().equals("by"))) {
            break;
          }
          reach++;
        }
        for (int step = 0; step <= reach; step++) {
          int skip = g.far() ? reach - step : step;
          if (asides != null && asides.get(skip)) {
            continue;
          }
          if (side(idx + dir, pos + dir * skip, dir)) {
            gaps += skip;
            return true;
          }
        }
        int before =
            commaClauses && dir < 0 && onlyAdverbs(pos - reach + 1, pos)
                ? clauseStart(pos - reach)
                : -1;
        if (before >= 0 && sideAt(idx, before - 1, dir)) {
          gaps += pos - before + 1;
          return true;
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
          if (dir > 0 && speaks(f)) {
            continue;
          }
          // "NBC News reported Avenatti is to be sentenced": the one who reports is not the one a
          // passive after it names.
          if (dir < 0 && s.role() == 'T' && reports(f)) {
            continue;
          }
          if (possessorOfAnActor(f)) {
            continue;
          }
          if (dir < 0
              && s.role() == 'S'
              && !wordsBefore(idx)
              && (placeOfTheClause(f) || backerOfTheSubject(f) || ofAnotherActor(f))) {
            continue;
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
      return (dir < 0 && beginsSlotBefore(idx, pos, w))
          || (w.optional() && side(idx + dir, pos, dir));
    }

    /**
     * Quirk: a pattern word before the verb may open the subject's own phrase ("- NEITHER *" on
     * "Neither Galadriel nor Gollum boycotted"): the coordination took the word in, so the word is
     * matched at the start of the slot's fill that ends right before it.
     */
    private boolean beginsSlotBefore(int idx, int pos, PatternElement.Words w) {
      // The slot may stand right before the word or across a gap.
      int at = idx - 1;
      if (at >= 0 && elements.get(at) instanceof PatternElement.Gap) {
        at--;
      }
      if (w.optional()
          || pos < 0
          || pos >= tokens.size()
          || at < 0
          || !(elements.get(at) instanceof PatternElement.Slot s)
          || s.role() == 'P') {
        return false;
      }
      int[] lengths = new int[w.alternatives().size()];
      for (SlotFill f : slots.endingAt(pos)) {
        int found = w.match(tokens, f.first(), 1, lengths);
        for (int a = 0; a < found; a++) {
          if (lengths[a] < f.length() && bind(s.role(), f) && side(at - 1, f.first() - 1, -1)) {
            return true;
          }
          bind(s.role(), null);
        }
      }
      return false;
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
