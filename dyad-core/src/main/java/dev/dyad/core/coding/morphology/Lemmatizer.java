package dev.dyad.core.coding.morphology;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the surface forms of a fixed vocabulary of lemmas back to their lemma with one hash look-up,
 * so that the event coder needs no tagger or lemmatizer per token. Built by {@link
 * Inflections#lemmatizer}.
 */
public final class Lemmatizer {

  private final Map<String, String> lemmas;

  Lemmatizer(Map<String, String> lemmas) {
    this.lemmas = Map.copyOf(lemmas);
  }

  /** The lemma of {@code surface} (any case), if it is a form of a lemma in the vocabulary. */
  public Optional<String> lemma(String surface) {
    String lemma = lemmas.get(surface);
    return Optional.ofNullable(
        lemma != null ? lemma : lemmas.get(surface.toLowerCase(Locale.ROOT)));
  }

  /** Every known lower-case surface form with its lemma. */
  public Map<String, String> surfaceToLemma() {
    return lemmas;
  }
}
