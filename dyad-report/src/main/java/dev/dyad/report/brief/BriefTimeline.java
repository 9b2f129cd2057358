package dev.dyad.report.brief;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.report.analytics.ClaimWeights;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.TimelinePeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The brief's timeline. A dyad's is the store's own ({@link BriefStore#timeline}, what {@code dyad
 * timeline} prints), over the days of the brief's claims; an actor's, for which the analytics have
 * no timeline, adds up its claims by the same claim dates and weights.
 */
final class BriefTimeline {
  /** Spans longer than this many months are shown by year. */
  static final int MAX_MONTHS = 24;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private BriefTimeline() {}

  /**
   * The dyad's claims by month, between the first and the last date of the brief's claims between
   * the two (so that claims about the past, placed decades back, do not stretch it).
   *
   * @param between the brief's claims between the two sides, of every status
   */
  static Timeline ofDyad(
      BriefStore store,
      BriefSubject subject,
      Collection<Claim> between,
      Map<String, ClaimDate> dates) {
    int unplaced = (int) between.stream().filter(c -> !dates.containsKey(c.claimId())).count();
    Optional<LocalDate> first =
        between.stream().flatMap(c -> day(c, dates).stream()).min(LocalDate::compareTo);
    Optional<LocalDate> last =
        between.stream().flatMap(c -> day(c, dates).stream()).max(LocalDate::compareTo);
    if (first.isEmpty()) {
      return new Timeline("month", List.of(), unplaced);
    }
    dev.dyad.report.analytics.Timeline t =
        store.timeline(
            subject.members().get(0).code(),
            subject.members().get(1).code(),
            Period.MONTH,
            first,
            last);
    List<Timeline.Row> rows = new ArrayList<>();
    for (TimelinePeriod p : t.periods()) {
      int facts = count(p, ClaimStatus.CONFIRMED) + count(p, ClaimStatus.REPORTED);
      int open = count(p, ClaimStatus.ALLEGED) + count(p, ClaimStatus.DISPUTED);
      rows.add(
          new Timeline.Row(
              MONTH.format(p.start()),
              p.start(),
              p.claims(),
              facts,
              open,
              p.balance().cooperation(),
              p.balance().conflict()));
    }
    return byYearIfLong(new Timeline("month", rows, unplaced));
  }

  /** An actor's claims by month, placed and weighed as the analytics place and weigh a dyad's. */
  static Timeline ofActor(Collection<Claim> claims, Map<String, ClaimDate> dates) {
    EventOntology ontology = EventOntology.builtIn();
    TreeMap<LocalDate, double[]> months = new TreeMap<>();
    int unplaced = 0;
    for (Claim c : claims) {
      Optional<LocalDate> day = day(c, dates);
      if (day.isEmpty()) {
        unplaced++;
        continue;
      }
      double[] n = months.computeIfAbsent(Period.MONTH.startOf(day.get()), k -> new double[5]);
      n[0]++;
      n[1] += c.status() == ClaimStatus.CONFIRMED || c.status() == ClaimStatus.REPORTED ? 1 : 0;
      n[2] += c.status() == ClaimStatus.ALLEGED || c.status() == ClaimStatus.DISPUTED ? 1 : 0;
      double weight = ClaimWeights.weight(c.status(), c.independentSources());
      double intensity = ontology.kind(c.eventType(), c.mode()).intensity();
      n[intensity > 0 ? 3 : 4] += intensity == 0 ? 0 : weight;
    }
    List<Timeline.Row> rows = new ArrayList<>();
    if (!months.isEmpty()) {
      for (LocalDate m = months.firstKey();
          !m.isAfter(months.lastKey());
          m = Period.MONTH.next(m)) {
        double[] n = months.getOrDefault(m, new double[5]);
        rows.add(
            new Timeline.Row(MONTH.format(m), m, (int) n[0], (int) n[1], (int) n[2], n[3], n[4]));
      }
    }
    return byYearIfLong(new Timeline("month", rows, unplaced));
  }

  /**
   * Over more than {@link #MAX_MONTHS} months, the months added up by year (the balance of sums).
   */
  static Timeline byYearIfLong(Timeline t) {
    if (t.rows().size() <= MAX_MONTHS) {
      return t;
    }
    TreeMap<Integer, Timeline.Row> years = new TreeMap<>();
    for (Timeline.Row r : t.rows()) {
      years.merge(
          r.start().getYear(),
          new Timeline.Row(
              Integer.toString(r.start().getYear()),
              r.start().withDayOfYear(1),
              r.claims(),
              r.facts(),
              r.unconfirmed(),
              r.cooperation(),
              r.conflict()),
          (a, b) ->
              new Timeline.Row(
                  a.label(),
                  a.start(),
                  a.claims() + b.claims(),
                  a.facts() + b.facts(),
                  a.unconfirmed() + b.unconfirmed(),
                  a.cooperation() + b.cooperation(),
                  a.conflict() + b.conflict()));
    }
    return new Timeline("year", List.copyOf(years.values()), t.unplaced());
  }

  private static Optional<LocalDate> day(Claim c, Map<String, ClaimDate> dates) {
    return Optional.ofNullable(dates.get(c.claimId())).map(ClaimDate::date);
  }

  private static int count(TimelinePeriod p, ClaimStatus s) {
    return p.byStatus().getOrDefault(s, 0);
  }
}
