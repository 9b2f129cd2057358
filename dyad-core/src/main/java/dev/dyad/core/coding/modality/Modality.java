package dev.dyad.core.coding.modality;

import java.util.Locale;

/**
 * How certain a text is that an event happened. Only {@link #ASSERTED} and {@link #REPORTED}
 * statements are facts to count; the others are kept, labelled, and never counted as fact.
 */
public enum Modality {
  /** Stated as fact by the text itself. */
  ASSERTED,
  /** Attributed to a source: "officials said", "according to", "reports indicate". */
  REPORTED,
  /** Claimed without confirmation: "alleged", "reportedly", "if true", "accused of". */
  ALLEGED,
  /** An intention or agreement about the future: "plan to", "will", "agreed to", "explored". */
  PLANNED,
  /** A possibility: "could", "may", "might", "is likely to", "is expected to". */
  SPECULATIVE,
  /** Depends on a condition: "if … would". */
  CONDITIONAL,
  /** Said not to have happened: "did not", "denied", "no evidence". */
  NEGATED;

  /** The label in output and files: the lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The modality with this label; throws on an unknown one. */
  public static Modality ofLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }

  /** Whether a statement with this modality says the event happened (or is happening). */
  public boolean isFactual() {
    return this == ASSERTED || this == REPORTED;
  }
}
