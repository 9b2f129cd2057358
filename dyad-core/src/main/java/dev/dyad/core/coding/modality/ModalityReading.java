package dev.dyad.core.coding.modality;

import java.util.Objects;
import java.util.Optional;

/**
 * The modality of one event mention and the cue that decided it.
 *
 * @param modality the reading
 * @param cue the words that decided it ("reportedly", "could", "denied"), absent for a plain
 *     assertion
 */
public record ModalityReading(Modality modality, Optional<String> cue) {
  public static final ModalityReading ASSERTED =
      new ModalityReading(Modality.ASSERTED, Optional.empty());

  public ModalityReading {
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(cue, "cue");
  }

  public static ModalityReading of(Modality modality, String cue) {
    return new ModalityReading(modality, Optional.of(cue));
  }
}
