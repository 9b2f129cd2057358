package dev.dyad.report.brief;

import dev.dyad.core.coding.modality.Modality;
import java.util.Objects;

/**
 * One sentence of a source, quoted as evidence.
 *
 * @param sentence the sentence as the cleaner left it (untrusted text: renderers escape it)
 * @param modality how the sentence puts it
 * @param citation the number of its source
 */
public record Quote(String sentence, Modality modality, int citation) {
  public Quote {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(modality, "modality");
  }
}
