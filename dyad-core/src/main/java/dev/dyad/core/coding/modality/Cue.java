package dev.dyad.core.coding.modality;

import java.util.List;

/**
 * One cue of a cue file, for one spelling.
 *
 * @param modality what the cue makes of an event in its scope
 * @param keys the cue's token keys, lower case, as {@link dev.dyad.core.text.Tokenizer} makes them
 * @param scope how far it reaches
 * @param line the line of the cue file, for messages
 */
record Cue(Modality modality, List<String> keys, CueScope scope, int line) {
  Cue {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("empty cue");
    }
  }
}
