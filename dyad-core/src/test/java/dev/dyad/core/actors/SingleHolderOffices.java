package dev.dyad.core.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offices one person holds at a time in a country: head of state, head of government, foreign
 * minister, defence minister, party leader, supreme leader. Titles outside this list ("Acting
 * President", "Vice President", "Chairman of the Presidential Council") are never checked: acting
 * holders and collective or dual executives overlap by design.
 */
final class SingleHolderOffices {
  private static final Map<String, String> ROLE_OF_TITLE = new LinkedHashMap<>();

  static {
    for (String title :
        List.of(
            "President",
            "Interim President",
            "King",
            "Queen",
            "Emir",
            "Sultan",
            "Emperor",
            "Grand Duke",
            "Prince",
            "Head of State")) {
      ROLE_OF_TITLE.put(title, "head of state");
    }
    for (String title :
        List.of("Prime Minister", "Interim Prime Minister", "Premier", "Chancellor", "Taoiseach")) {
      ROLE_OF_TITLE.put(title, "head of government");
    }
    for (String title :
        List.of(
            "Foreign Minister",
            "Foreign Secretary",
            "Secretary of State",
            "External Affairs Minister")) {
      ROLE_OF_TITLE.put(title, "foreign minister");
    }
    for (String title :
        List.of(
            "Defence Minister",
            "Defence Secretary",
            "Secretary of Defense",
            "Minister of the Armed Forces")) {
      ROLE_OF_TITLE.put(title, "defence minister");
    }
    ROLE_OF_TITLE.put("General Secretary", "party leader");
    ROLE_OF_TITLE.put("Supreme Leader", "supreme leader");
  }

  private SingleHolderOffices() {}

  /** The role a title stands for, or empty when the title is not a single-holder office. */
  static String role(String title) {
    return ROLE_OF_TITLE.getOrDefault(title, "");
  }

  /**
   * Every pair of different people holding the same role under the same office code at once,
   * described for a person to read. Two overlaps are tolerated: the handover day (the successor's
   * first day is the predecessor's last), and an overlap inside a month that one of the two dates
   * gives only as a month, since the day within it is unknown.
   */
  static List<String> overlaps(List<OfficeTerm> terms) {
    Map<String, List<OfficeTerm>> byOffice = new LinkedHashMap<>();
    for (OfficeTerm term : terms) {
      String role = role(term.title());
      if (!role.isEmpty()) {
        byOffice.computeIfAbsent(term.code() + " " + role, k -> new ArrayList<>()).add(term);
      }
    }
    List<String> found = new ArrayList<>();
    byOffice.forEach(
        (office, held) -> {
          held.sort(Comparator.comparing(OfficeTerm::from));
          for (int i = 0; i < held.size(); i++) {
            for (int j = i + 1; j < held.size(); j++) {
              OfficeTerm a = held.get(i);
              OfficeTerm b = held.get(j);
              if (b.from().isAfter(a.end())) {
                continue;
              }
              if (!a.person().equals(b.person()) && !tolerated(a, b)) {
                found.add(office + ": " + a + " and " + b);
              }
            }
          }
        });
    return found;
  }

  /** {@code b} begins on or before the last day of {@code a}. */
  private static boolean tolerated(OfficeTerm a, OfficeTerm b) {
    LocalDate first = b.from();
    LocalDate last = a.end().isBefore(b.end()) ? a.end() : b.end();
    if (first.equals(last) && last.equals(a.end())) {
      return true; // the handover day
    }
    YearMonth month = YearMonth.from(first);
    boolean withinOneMonth = YearMonth.from(last).equals(month);
    boolean monthOnly =
        (a.toMonthOnly() && YearMonth.from(a.end()).equals(month))
            || (b.fromMonthOnly() && YearMonth.from(b.from()).equals(month));
    return withinOneMonth && monthOnly;
  }
}
