package dev.dyad.core.coding.modality;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a modality cue reaches. The names are the third field of a cue line; the rules that apply
 * them are in {@link CueCoverage}.
 */
enum CueScope {
  /**
   * An auxiliary or adverb before the trigger in its clause, a few tokens away: "could", "did not".
   */
  AUX,
  /** An {@link #AUX} that counts only when the sentence has a condition clause: "would … if". */
  AUX_IF,
  /**
   * An {@link #AUX} that counts only in reported speech, where it replaces the plain reading of the
   * same words: "officials said it would send troops" is a backshifted "will", so planned.
   */
  AUX_REPORTED,
  /** Directly modifies the trigger noun: "the alleged deployment", "a possible summit". */
  MODIFIER,
  /**
   * Anywhere in the trigger's clause, and in complements after it: "reportedly", "is likely to".
   */
  CLAUSE,
  /** Governs what follows it in its clause and in complement clauses: "denied that", "plans to". */
  COMPLEMENT,
  /** An attribution that covers its own clause and its complements: "according to". */
  FRAME,
  /** An attribution in a closing frame clause that covers the main clauses: "…, officials said." */
  FRAME_AFTER,
  /** Opens the sentence and covers its main clauses: "If true, …". */
  SENTENCE_PREFIX,
  /**
   * Opens a condition clause and makes its clause conditional: "if", "unless", inverted "should".
   */
  CONDITION,
  /**
   * Starts an appositive after a comma that labels the statement before it: "…, a claim X denied".
   */
  APPOSITIVE;

  /** The name as written in a cue file. */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<CueScope> ofLabel(String label) {
    for (CueScope scope : values()) {
      if (scope.label().equals(label.trim())) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
