package dev.dyad.store.brief;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.coding.EventKind;
import dev.dyad.core.coding.EventOntology;
import dev.dyad.core.coding.EventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The claim-date rule and the timeline, kept minimal here until the store's analytics
 * ({@code dev.dyad.store.analytics}) provide both; then this class goes.
 */
final class InterimTimeline {
  /** Spans longer than this many months are shown by year. */
  static final int MAX_MONTHS = 24;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private InterimTimeline() {}

  /**
   * Each claim's date: the day its first report was published. An event date in the text is often
   * the day of a statement or a denial, and a year alone says little; the first report dates what
   * the brief says happened "by then". Undated claims are absent.
   */
  static Map<String, LocalDate> dates(Collection<Claim> claims) {
    Map<String, LocalDate> out = new HashMap<>();
    claims.forEach(c -> c.firstReported().ifPresent(d -> out.put(c.claimId(), LocalDate.parse(d))));
    return out;
  }

  /**
   * Facts and unconfirmed claims per period, with the sentences voicing an assessment in each (a
   * sentence voicing two topics counts once).
   */
  static Timeline of(Collection<Claim> claims, Map<String, LocalDate> dates, Collection<AssessmentMention> mentions) {
    Map<String, AssessmentMention> bySentence = new LinkedHashMap<>();
    mentions.forEach(m -> bySentence.putIfAbsent(m.docId() + "#" + m.sentenceIndex(), m));
    Collection<AssessmentMention> voiced = bySentence.values();
    List<LocalDate> days = new ArrayList<>();
    claims.forEach(c -> Optional.ofNullable(dates.get(c.claimId())).ifPresent(days::add));
    voiced.forEach(m -> m.published().ifPresent(days::add));
    if (days.isEmpty()) {
      return new Timeline("month", undatedOnly(claims, voiced));
    }
    LocalDate first = days.stream().min(LocalDate::compareTo).get();
    LocalDate last = days.stream().max(LocalDate::compareTo).get();
    boolean byYear = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) >= MAX_MONTHS;
    TreeMap<LocalDate, int[]> periods = new TreeMap<>();
    for (LocalDate p = start(first, byYear); !p.isAfter(last); p = byYear ? p.plusYears(1) : p.plusMonths(1)) {
      periods.put(p, new int[4]);
    }
    int[] undated = new int[4];
    for (Claim c : claims) {
      int[] row = Optional.ofNullable(dates.get(c.claimId())).map(d -> periods.get(start(d, byYear))).orElse(undated);
      row[column(c)]++;
    }
    for (AssessmentMention m : voiced) {
      m.published().map(d -> periods.get(start(d, byYear))).orElse(undated)[3]++;
    }
    List<Timeline.Row> rows = new ArrayList<>();
    periods.forEach((p, n) -> rows.add(row(byYear ? Integer.toString(p.getYear()) : MONTH.format(p), n)));
    if (undated[0] + undated[1] + undated[2] + undated[3] > 0) {
      rows.add(row("undated", undated));
    }
    return new Timeline(byYear ? "year" : "month", rows);
  }

  private static List<Timeline.Row> undatedOnly(Collection<Claim> claims, Collection<AssessmentMention> voiced) {
    if (claims.isEmpty() && voiced.isEmpty()) {
      return List.of();
    }
    int[] n = new int[4];
    claims.forEach(c -> n[column(c)]++);
    n[3] = voiced.size();
    return List.of(row("undated", n));
  }

  private static Timeline.Row row(String label, int[] n) {
    return new Timeline.Row(label, n[0], n[1], n[2], n[3]);
  }

  private static LocalDate start(LocalDate d, boolean byYear) {
    return byYear ? d.withDayOfYear(1) : d.withDayOfMonth(1);
  }

  /** 0 cooperation, 1 conflict (facts), 2 unconfirmed. */
  private static int column(Claim c) {
    if (c.status() != ClaimStatus.CONFIRMED && c.status() != ClaimStatus.REPORTED) {
      return 2;
    }
    return cooperative(c.eventType(), c.mode()) ? 0 : 1;
  }

  /** Quad classes 1 and 2 (verbal and material cooperation) are cooperation. */
  static boolean cooperative(EventType type, Optional<String> mode) {
    EventKind kind = EventOntology.builtIn().kind(type, mode);
    return kind != null ? kind.quadClass() <= 2 : type.ordinal() <= EventType.RETREAT.ordinal();
  }
}
