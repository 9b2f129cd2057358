package dev.dyad.core.coding;

import dev.dyad.core.model.EventDate;
import java.util.Map;

/**
 * Codes a state by the state that existed when the event happened: Moscow, the Kremlin or Russia
 * acting in 1961 is the Soviet Union; in 1905 it is Russia. The dictionary names Russia by its
 * current code; only the event's date can tell which state acted.
 */
final class SuccessorStates {
  private SuccessorStates() {}

  /**
   * Successor -> predecessor, with the years the predecessor existed. Before the predecessor the
   * successor's own code stands (the Russian Empire is coded RUS, as in CAMEO).
   */
  private record Era(String predecessor, int firstYear, int lastYear) {}

  private static final Map<String, Era> ERAS = Map.of("RUS", new Era("USR", 1922, 1991));

  /**
   * {@code code} as of the event's date: for a historical event dated within the predecessor's
   * years, the predecessor's code with the same sector ("RUSGOV" -> "USRGOV"). Otherwise as is.
   */
  static String asOf(String code, EventDate when) {
    if (!when.historical() || when.date().isEmpty() || code.length() < 3) {
      return code;
    }
    Era era = ERAS.get(code.substring(0, 3));
    if (era == null) {
      return code;
    }
    String date = when.date().get();
    if (date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return code;
    }
    int year = Integer.parseInt(date.substring(0, 4));
    return year >= era.firstYear() && year <= era.lastYear()
        ? era.predecessor() + code.substring(3)
        : code;
  }
}
