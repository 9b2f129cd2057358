package dev.dyad.core.coding.clauses;

import dev.dyad.core.coding.patterns.Fillers;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a tokenized sentence into clauses without a parser, from punctuation and subordinating
 * words. The rules, in the order they are tried at each token:
 *
 * <ol>
 *   <li>";", ":", a long dash (or a hyphen with spaces around it) end every open clause and start a
 *       new top-level {@link ClauseKind#COORDINATE} clause; "(" opens an {@link
 *       ClauseKind#ADVERBIAL} clause that ")" closes.
 *   <li>A comma closes an open relative, adverbial or condition clause (so "If X, Y" returns to the
 *       main clause). Then ", and" / ", but" / ", or" / ", yet" start a coordinate clause, and a
 *       short closing tail whose last words hold a frame verb (", officials said.") is a {@link
 *       ClauseKind#FRAME}. Other commas keep the clause: "Pyongyang, however, may …".
 *   <li>"which", "who", "whom", "whose", "where" open a {@link ClauseKind#RELATIVE} clause.
 *   <li>"that" opens a {@link ClauseKind#COMPLEMENT} after a word of saying, thinking or showing
 *       ("said", "denied", "evidence", "reports", any "-ed" verb) and a relative clause after
 *       anything else ("a move that could …", "the shells that …").
 *   <li>"while", "whereas", "although", "though", "because", "since", "when", "whenever",
 *       "despite", "amid", "once", "whether", and "as" after a comma or at the start, open an
 *       adverbial clause.
 *   <li>"if" and "unless" open a {@link ClauseKind#CONDITION}, except "if true", "if confirmed",
 *       "if so", "if any", "if necessary", "if needed" (sentence adverbs, not conditions).
 *       Sentence-initial "Should", "Had" or "Were" followed by a noun phrase and a comma is an
 *       inverted condition ("Should talks fail, …", "Had Seoul not intervened, …").
 * </ol>
 *
 * A subordinate clause is the child of the clause it starts in; the subordinator is its first
 * token.
 */
public final class ClauseSplitter {
  private static final Set<String> HARD = Set.of(";", ":", "\u2014", "\u2015");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");
  private static final Set<String> ADVERBIALS =
      Set.of(
          "while",
          "whereas",
          "although",
          "though",
          "because",
          "since",
          "when",
          "whenever",
          "despite",
          "amid",
          "amidst",
          "once",
          "whether");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");
  private static final Set<String> NOT_CONDITIONS =
      Set.of("true", "confirmed", "so", "any", "necessary", "needed", "anything", "ever");
  private static final Set<String> INVERTED = Set.of("should", "had", "were");

  /** "Had been …", "Should not …" open a main clause, not an inverted condition. */
  private static final Set<String> NOT_INVERTED = Set.of("be", "been", "not", "to", "also");

  private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "yet");

  /** Words after which "that" introduces what is said, thought or shown, not a relative clause. */
  private static final Set<String> COMPLEMENT_HEADS =
      Set.of(
          "say",
          "says",
          "said",
          "saying",
          "told",
          "tell",
          "tells",
          "claim",
          "claims",
          "deny",
          "denies",
          "alleges",
          "insist",
          "insists",
          "maintain",
          "maintains",
          "warn",
          "warns",
          "warning",
          "believe",
          "believes",
          "think",
          "thinks",
          "thought",
          "fear",
          "fears",
          "hope",
          "hopes",
          "mean",
          "means",
          "meant",
          "indicate",
          "indicates",
          "suggest",
          "suggests",
          "show",
          "shows",
          "shown",
          "confirm",
          "confirms",
          "reveal",
          "reveals",
          "report",
          "reports",
          "evidence",
          "speculation",
          "concern",
          "concerns",
          "argue",
          "argues",
          "know",
          "knows",
          "knew",
          "found",
          "find",
          "finds",
          "assess",
          "assesses",
          "estimate",
          "estimates",
          "conclude",
          "concludes",
          "signal",
          "signals",
          "hint",
          "hints",
          "acknowledge",
          "acknowledges",
          "admit",
          "admits",
          "note",
          "notes",
          "add",
          "adds",
          "stress",
          "stresses",
          "announce",
          "announces",
          "agree",
          "agrees",
          "promise",
          "promises",
          "pledge",
          "pledges",
          "vow",
          "vows",
          "assure",
          "assures",
          "ensure",
          "ensures",
          "clear",
          "likely",
          "possible",
          "unlikely",
          "rumours",
          "rumors",
          "allegations",
          "news",
          "sign",
          "signs",
          "view",
          "belief",
          "assessment",
          "doubt",
          "doubts",
          "whether");

  private static final int FRAME_TAIL = 12;
  private static final int FRAME_VERB_NEAR_END = 4;

  private final Set<String> frameWords;

  /** {@code frameWords}: keys of words that end a closing attribution ("said", "claimed"). */
  public ClauseSplitter(Set<String> frameWords) {
    this.frameWords = Set.copyOf(frameWords);
  }

  public Clauses split(List<Token> tokens) {
    List<Clause> clauses = new ArrayList<>();
    int[] clauseOf = new int[tokens.size()];
    clauses.add(new Clause(0, ClauseKind.MAIN, -1, -1));
    int current = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String key = token.key();
      if (HARD.contains(key) || spacedHyphen(tokens, i)) {
        clauseOf[i] = current;
        current = open(clauses, ClauseKind.COORDINATE, -1, i);
        continue;
      }
      if (key.equals("(")) {
        current = open(clauses, ClauseKind.ADVERBIAL, current, i);
        clauseOf[i] = current;
        continue;
      }
      if (key.equals(")")) {
        clauseOf[i] = current;
        current = closeBracket(clauses, current);
        continue;
      }
      if (isComma(tokens, i)) {
        current = closeAtComma(clauses, current);
        clauseOf[i] = current;
        if (i + 1 < tokens.size() && COORDINATORS.contains(tokens.get(i + 1).key())) {
          current = open(clauses, ClauseKind.COORDINATE, -1, i);
        } else if (frameTail(tokens, i)) {
          current = open(clauses, ClauseKind.FRAME, -1, i);
        }
        continue;
      }
      ClauseKind opened = opens(tokens, i);
      if (opened != null) {
        current = open(clauses, opened, current, i);
      }
      clauseOf[i] = current;
    }
    return new Clauses(clauses, clauseOf);
  }

  /** The kind of clause token {@code i} opens, or null. */
  private static ClauseKind opens(List<Token> tokens, int i) {
    String key = tokens.get(i).key();
    String previous = i > 0 ? tokens.get(i - 1).key() : "";
    if (RELATIVES.contains(key)) {
      return ClauseKind.RELATIVE;
    }
    if (key.equals("that")) {
      if (previous.equals("so") || previous.equals("such")) {
        return ClauseKind.ADVERBIAL;
      }
      return isComplementHead(previous)
              || isComplementHead(beforeAdverbials(tokens, i))
              || tellingBefore(tokens, i) >= 0
          ? ClauseKind.COMPLEMENT
          : ClauseKind.RELATIVE;
    }
    if (ADVERBIALS.contains(key)) {
      return ClauseKind.ADVERBIAL;
    }
    if (key.equals("as") && (i == 0 || previous.equals(","))) {
      return ClauseKind.ADVERBIAL;
    }
    if (CONDITIONS.contains(key)) {
      boolean adverb = i + 1 < tokens.size() && NOT_CONDITIONS.contains(tokens.get(i + 1).key());
      return adverb ? null : ClauseKind.CONDITION;
    }
    if (INVERTED.contains(key) && startsSentence(tokens, i) && invertedCondition(tokens, i)) {
      return ClauseKind.CONDITION;
    }
    return null;
  }

  private static boolean isComplementHead(String key) {
    return COMPLEMENT_HEADS.contains(key) || key.endsWith("ed");
  }

  /**
   * The word before the time or place adverbials that end right before {@code i}, or "": "said
   * <b>on Monday</b> that", "announced <b>in a statement</b> that" still say what follows.
   */
  private static String beforeAdverbials(List<Token> tokens, int i) {
    int n = Fillers.adverbialsEndingAt(tokens, i - 1);
    return n > 0 && i - 1 - n >= 0 ? tokens.get(i - 1 - n).key() : "";
  }

  /**
   * The word of telling whose object stands right before the "that" at {@code that}, or -1: "told
   * <b>CNN</b> that", "told <b>a news conference</b> that", "assured <b>his allies</b> that" say
   * what follows, as "said that" does. The object is one to {@value #MAX_TOLD} words, with no
   * comma, clause word or verb of its own.
   */
  public static int tellingBefore(List<Token> tokens, int that) {
    for (int j = that - 1; j >= 0 && j >= that - 1 - MAX_TOLD; j--) {
      String key = tokens.get(j).key();
      if (TELLING.contains(key)) {
        return j < that - 1 ? j : -1;
      }
      if (isComma(tokens, j)
          || RELATIVES.contains(key)
          || key.equals("that")
          || key.equals("and")) {
        return -1;
      }
    }
    return -1;
  }

  private static final int MAX_TOLD = 4;

  /** Verbs of telling someone something. */
  private static final Set<String> TELLING =
      Set.of(
          "told",
          "tell",
          "tells",
          "telling",
          "assured",
          "assures",
          "informed",
          "informs",
          "reminded",
          "reminds",
          "warned",
          "warns",
          "notified",
          "briefed",
          "convinced");

  /** "Should talks fail, …": a comma comes later, and the next word is not a verb form we know. */
  private static boolean invertedCondition(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).key();
    if (NOT_INVERTED.contains(next)) {
      return false;
    }
    for (int j = i + 2; j < tokens.size() && j < i + 15; j++) {
      if (isComma(tokens, j)) {
        return true;
      }
    }
    return false;
  }

  public static boolean startsSentence(List<Token> tokens, int i) {
    for (int j = 0; j < i; j++) {
      String key = tokens.get(j).key();
      if (Character.isLetterOrDigit(key.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A comma that begins a short tail ending the sentence with a frame verb near its end. */
  private boolean frameTail(List<Token> tokens, int comma) {
    int words = 0;
    int lastFrame = -1;
    for (int j = comma + 1; j < tokens.size(); j++) {
      String key = tokens.get(j).key();
      if (isComma(tokens, j) || HARD.contains(key)) {
        return false;
      }
      if (Character.isLetterOrDigit(key.codePointAt(0))) {
        words++;
        if (RELATIVES.contains(key) || CONDITIONS.contains(key) || words > FRAME_TAIL) {
          return false;
        }
        if (frameWords.contains(key)) {
          lastFrame = words;
        }
      }
    }
    return lastFrame > 0 && words - lastFrame < FRAME_VERB_NEAR_END;
  }

  /** A comma that separates words, not the thousands separator inside "1,500". */
  public static boolean isComma(List<Token> tokens, int i) {
    if (!tokens.get(i).key().equals(",")) {
      return false;
    }
    boolean inNumber =
        i > 0
            && i + 1 < tokens.size()
            && tokens.get(i - 1).end() == tokens.get(i).start()
            && tokens.get(i + 1).start() == tokens.get(i).end()
            && Character.isDigit(
                tokens.get(i - 1).key().charAt(tokens.get(i - 1).key().length() - 1))
            && Character.isDigit(tokens.get(i + 1).key().charAt(0));
    return !inNumber;
  }

  private static boolean spacedHyphen(List<Token> tokens, int i) {
    if (!tokens.get(i).key().equals("-") || i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    return tokens.get(i - 1).end() < tokens.get(i).start()
        && tokens.get(i).end() < tokens.get(i + 1).start();
  }

  private static int open(List<Clause> clauses, ClauseKind kind, int parent, int opener) {
    int id = clauses.size();
    clauses.add(new Clause(id, kind, parent, opener));
    return id;
  }

  /** A comma ends relative, adverbial and condition clauses, back to the nearest other one. */
  private static int closeAtComma(List<Clause> clauses, int current) {
    int c = current;
    while (clauses.get(c).parent() >= 0 && closesAtComma(clauses.get(c).kind())) {
      c = clauses.get(c).parent();
    }
    return c;
  }

  private static boolean closesAtComma(ClauseKind kind) {
    return kind == ClauseKind.RELATIVE
        || kind == ClauseKind.ADVERBIAL
        || kind == ClauseKind.CONDITION;
  }

  private static int closeBracket(List<Clause> clauses, int current) {
    int c = current;
    while (clauses.get(c).parent() >= 0) {
      Clause clause = clauses.get(c);
      c = clause.parent();
      if (clause.kind() == ClauseKind.ADVERBIAL) {
        break;
      }
    }
    return c;
  }
}
