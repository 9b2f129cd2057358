package dev.dyad.core.coding.modality;

import dev.dyad.core.model.EventSpan;
import dev.dyad.core.text.Token;
import java.util.List;

/** Decides the modality of one event mention from the cues in scope of it. */
public interface ModalityDetector {

  /**
   * Reads the modality of the event at {@code span} in a sentence's {@code tokens}. A cue counts
   * only when its scope covers the event: a modal in a subordinate clause does not hedge the main
   * clause, and "the alleged deployment" hedges that deployment only.
   */
  ModalityReading detect(List<Token> tokens, EventSpan span);
}
