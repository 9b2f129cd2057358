package dev.dyad.core.text;

import java.util.List;

/**
 * A part-of-speech tagger behind one method, so the coder never imports an NLP library and a faster
 * tagger can replace the OpenNLP one without touching it.
 */
public interface PartOfSpeech {
  /** The word class of each token, in order. */
  WordClass[] classes(List<Token> tokens);

  /** OpenNLP's English model (UD EWT), loaded once per JVM on first use; thread-safe. */
  static PartOfSpeech english() {
    return OpenNlpPartOfSpeech.INSTANCE;
  }
}
