package dev.dyad.core.time;

import dev.dyad.core.model.PublicationDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date string from metadata: a field whose whole value is meant to be a date. */
final class MetadataDates {
  /** Metadata dates are short; a longer value is a page or a mistake, and only its head is read. */
  private static final int LONGEST = 200;

  /** ISO 8601 basic form: 20231115, 20231115T093000Z. */
  private static final Pattern ISO_BASIC =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T[\\d:.,]*(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private MetadataDates() {}

  static Optional<PublicationDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String stripped = raw.strip();
    String value = stripped.length() > LONGEST ? stripped.substring(0, LONGEST) : stripped;
    Optional<DateMatch> match =
        basic(value).or(() -> epoch(value)).or(() -> DatePatterns.first(value));
    return match.map(m -> m.toPublicationDate(PublicationDate.Basis.METADATA, raw));
  }

  private static Optional<DateMatch> basic(String value) {
    Matcher m = ISO_BASIC.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    return CalendarDates.of(
            CalendarDates.number(m.group(1)),
            CalendarDates.number(m.group(2)),
            CalendarDates.number(m.group(3)))
        .map(d -> new DateMatch(java.util.List.of(d), 0, value.length(), value));
  }

  /**
   * Quirk: some CMSs put Unix time (seconds or milliseconds) in date fields. There is no local date
   * as written, so the UTC date is taken.
   */
  private static Optional<DateMatch> epoch(String value) {
    if (!EPOCH.matcher(value).matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(value);
    Instant instant = value.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    LocalDate utc = instant.atOffset(ZoneOffset.UTC).toLocalDate();
    return CalendarDates.of(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth())
        .map(d -> new DateMatch(java.util.List.of(d), 0, value.length(), value));
  }
}
