package dev.dyad.report.export;

import java.util.Optional;

/** Cell text for the values the contracts hold: absent is empty, numbers as JSON writes them. */
final class Cells {
  private Cells() {}

  static String of(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }

  static String of(int value) {
    return Integer.toString(value);
  }

  static String of(double value) {
    return Double.toString(value);
  }

  static String of(boolean value) {
    return Boolean.toString(value);
  }

  /** Three decimals, as the JSON contract rounds confidence. */
  static String rounded(double value) {
    return Double.toString(Math.round(value * 1000) / 1000.0);
  }
}
