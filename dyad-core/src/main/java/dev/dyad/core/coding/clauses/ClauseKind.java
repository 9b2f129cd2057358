package dev.dyad.core.coding.clauses;

/** What a clause is to the sentence, which decides which cues reach into it. */
public enum ClauseKind {
  /** The first main clause. */
  MAIN,
  /** A further main clause: after ";", ":", a dash, or ", and" / ", but". */
  COORDINATE,
  /**
   * A "that" clause after a verb or noun of saying or thinking: transparent to its governor's cues.
   */
  COMPLEMENT,
  /** "which", "who", "where", "a move that …": states its own facts, opaque to main-clause cues. */
  RELATIVE,
  /**
   * "while", "although", "because", "when", "amid", "despite", a bracket: opaque like a relative.
   */
  ADVERBIAL,
  /** "if", "unless", inverted "should / had / were …,": its events are conditional. */
  CONDITION,
  /** A closing attribution after a comma: "…, officials said." */
  FRAME;

  /** Whether cues of the clause above reach into this one. */
  boolean transparent() {
    return this == COMPLEMENT;
  }

  boolean topLevel() {
    return this == MAIN || this == COORDINATE;
  }
}
