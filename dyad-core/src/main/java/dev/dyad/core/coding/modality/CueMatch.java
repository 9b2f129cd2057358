package dev.dyad.core.coding.modality;

import java.util.List;

/**
 * Cue words found in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive), and
 * every cue spelled that way (one spelling may carry several scopes, e.g. "said" as a complement
 * and as a closing frame).
 */
record CueMatch(int start, int end, List<Cue> cues) {
  CueMatch {
    cues = List.copyOf(cues);
  }

  boolean contains(int token) {
    return start <= token && token < end;
  }
}
