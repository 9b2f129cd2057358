package dev.dyad.core.time;

import dev.dyad.core.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date written in a string.
 *
 * @param readings one date when the writing is certain; two, in ascending order, when the day and
 *     month order of a numeric date cannot be told ("07-11-2024")
 * @param start offset of the first character of the date in the string
 * @param end offset after its last character
 * @param text the date as written
 */
public record DateMatch(List<LocalDate> readings, int start, int end, String text) {

  public DateMatch {
    readings = List.copyOf(readings);
    Objects.requireNonNull(text, "text");
    if (readings.isEmpty() || readings.size() > 2) {
      throw new IllegalArgumentException("a date match has one or two readings: " + readings);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad bounds " + start + ".." + end);
    }
  }

  public boolean isAmbiguous() {
    return readings.size() > 1;
  }

  /** This match as a publication date, ambiguous when it has two readings. */
  public PublicationDate toPublicationDate(PublicationDate.Basis basis, String evidence) {
    return isAmbiguous()
        ? PublicationDate.ambiguous(readings, basis, evidence)
        : PublicationDate.known(readings.get(0), basis, evidence);
  }
}
