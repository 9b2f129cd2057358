package dev.dyad.report.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What to brief on: a dyad (two actor codes) or one actor, within optional days.
 *
 * @param codes the country-level actor codes, two for a dyad, one for an actor
 * @param since claims last reported on or after this day; articles published on or after it
 * @param until claims first reported on or before this day; articles published on or before it
 */
public record BriefRequest(
    List<String> codes, Optional<LocalDate> since, Optional<LocalDate> until) {
  public BriefRequest {
    codes = codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    if (codes.isEmpty() || codes.size() > 2) {
      throw new IllegalArgumentException("a brief is on one actor or two, not " + codes.size());
    }
    if (codes.stream().anyMatch(c -> !c.matches("[A-Z0-9]{2,}"))) {
      throw new IllegalArgumentException(
          "actor codes are letters and digits, as in PRK or IGOUNO: " + codes);
    }
    if (codes.size() == 2 && codes.get(0).equals(codes.get(1))) {
      throw new IllegalArgumentException(
          "a dyad is two different actors, not " + codes.get(0) + " twice");
    }
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException(
          "the period ends (" + until.get() + ") before it starts (" + since.get() + ")");
    }
  }

  /** The brief on what passes between {@code a} and {@code b}. */
  public static BriefRequest dyad(String a, String b) {
    return new BriefRequest(List.of(a, b), Optional.empty(), Optional.empty());
  }

  /** The brief on one actor and its counterparts. */
  public static BriefRequest actor(String code) {
    return new BriefRequest(List.of(code), Optional.empty(), Optional.empty());
  }

  /** This request limited to these days; either end may be absent. */
  public BriefRequest within(Optional<LocalDate> from, Optional<LocalDate> to) {
    return new BriefRequest(codes, from, to);
  }

  public boolean isDyad() {
    return codes.size() == 2;
  }

  /** Whether a day falls in the period (every day does when no bound is given). */
  boolean contains(LocalDate day) {
    return since.map(s -> !day.isBefore(s)).orElse(true)
        && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  boolean bounded() {
    return since.isPresent() || until.isPresent();
  }
}
