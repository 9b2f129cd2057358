package dev.dyad.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a document was published, and how Dyad knows.
 *
 * <p>An ambiguous day/month order ("07-11-2024") is never guessed: {@code date} is empty and {@code
 * alternatives} holds every reading.
 *
 * @param date the date, when it is known for sure
 * @param alternatives every reading when the written date is ambiguous, else empty
 * @param basis where the date came from
 * @param evidence the string it was read from, for a person to check
 */
public record PublicationDate(
    Optional<LocalDate> date, List<LocalDate> alternatives, Basis basis, String evidence) {

  /** Where a publication date was found. JSON names are the lower-case constants. */
  public enum Basis {
    METADATA,
    TEXT,
    NONE
  }

  public static final PublicationDate UNKNOWN =
      new PublicationDate(Optional.empty(), List.of(), Basis.NONE, "");

  public PublicationDate {
    Objects.requireNonNull(date, "date");
    alternatives = List.copyOf(alternatives);
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(evidence, "evidence");
    if (date.isPresent() && !alternatives.isEmpty()) {
      throw new IllegalArgumentException("a date is either known or ambiguous, not both");
    }
  }

  public static PublicationDate known(LocalDate date, Basis basis, String evidence) {
    return new PublicationDate(Optional.of(date), List.of(), basis, evidence);
  }

  public static PublicationDate ambiguous(List<LocalDate> readings, Basis basis, String evidence) {
    return new PublicationDate(Optional.empty(), readings, basis, evidence);
  }

  public boolean isAmbiguous() {
    return !alternatives.isEmpty();
  }
}
