package dev.dyad.app;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A cooperation–conflict balance for a person: the number and a small bar, conflict to the left of
 * the centre line and cooperation to the right ({@code -0.50 #####| }).
 */
final class BalanceBar {
  static final int HALF = 10;

  private BalanceBar() {}

  static String of(OptionalDouble balance) {
    if (balance.isEmpty()) {
      return String.format(Locale.ROOT, "%5s %s|%s", "-", " ".repeat(HALF), " ".repeat(HALF));
    }
    double v = balance.getAsDouble();
    int marks = (int) Math.round(Math.abs(v) * HALF);
    String left = v < 0 ? " ".repeat(HALF - marks) + "#".repeat(marks) : " ".repeat(HALF);
    String right = v > 0 ? "#".repeat(marks) + " ".repeat(HALF - marks) : " ".repeat(HALF);
    return String.format(Locale.ROOT, "%+5.2f %s|%s", v, left, right);
  }

  /** A signed decimal with one place, or "-" when absent. */
  static String intensity(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%+.1f", value.getAsDouble()) : "-";
  }
}
