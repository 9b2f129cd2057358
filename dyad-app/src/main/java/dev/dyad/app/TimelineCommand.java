package dev.dyad.app;

import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.analytics.TimelinePeriod;
import dev.dyad.report.export.AnalyticsCsv;
import dev.dyad.report.json.AnalyticsJson;
import dev.dyad.report.json.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad timeline}: a dyad's claims period by period. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Show how the claims between two actors spread over time, week by week or month by month.",
      "",
      "Each claim (events merged across their reports, never raw mentions) is placed at its claim"
          + " date: the event date its earliest dated report gives, to the day or the month (a"
          + " month counts from its first day), else the day it was first published. Historical"
          + " claims known only to the year, and undated ones, are not placed; their ids are"
          + " named on standard error.",
      "",
      "Per period: claims, by_type (PLOVER), by_status, and the cooperation-conflict balance."
          + " Each claim weighs certainty x (1 + log2(independent sources)); certainty is 1 for"
          + " confirmed, 0.75 reported, 0.5 disputed, 0.25 alleged, and 0 for planned, speculative"
          + " and denied claims (counted, never weighed as fact). cooperation and conflict sum the"
          + " weights of claims with positive and negative Goldstein intensity; balance ="
          + " (cooperation - conflict) / (cooperation + conflict), -1 all conflict to +1 all"
          + " cooperation; mean_intensity is the weighted mean Goldstein value (-10 to +10);"
          + " month_precise counts claims known only to the month; claim_ids (jsonl, csv) are the"
          + " claims behind every number. Quiet periods between the first and the last show 0."
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--dyad",
      paramLabel = "A,B",
      split = ",",
      description = "The two actors, either direction (codes or code prefixes). Required.")
  List<String> dyad;

  @Option(
      names = "--by",
      paramLabel = "week|month",
      defaultValue = "month",
      description =
          "ISO weeks (2024-W41, Monday to Sunday) or months (2024-10). Default: ${DEFAULT-VALUE}.")
  String by;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description = "Claims dated on or after this day (claim dates, not publication).")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description = "Claims dated on or before this day.")
  LocalDate until;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (a table with a balance bar), jsonl or csv. Default: ${DEFAULT-VALUE}.")
  TableFormat format;

  @Override
  public Integer call() {
    if (dyad == null || dyad.size() != 2 || dyad.stream().anyMatch(String::isBlank)) {
      throw new Failures.UsageException(
          "timeline needs --dyad with two actor codes, as in --dyad PRK,RUS");
    }
    String a = dyad.get(0).strip().toUpperCase(Locale.ROOT);
    String b = dyad.get(1).strip().toUpperCase(Locale.ROOT);
    Period period = period();
    if (since != null && until != null && since.isAfter(until)) {
      throw new Failures.UsageException("--since " + since + " is after --until " + until);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Timeline> answer =
        AnalyticsRun.ask(
            store,
            err,
            an ->
                an.timeline(a, b, period, Optional.ofNullable(since), Optional.ofNullable(until)));
    if (answer.isEmpty()) {
      return ExitCode.STORE.code();
    }
    Timeline t = answer.get();
    switch (format) {
      case jsonl -> t.periods().forEach(p -> out.println(Json.write(AnalyticsJson.period(p))));
      case csv -> AnalyticsCsv.timeline(out, t.periods());
      case text -> text(t, out);
    }
    out.flush();
    err.printf(
        "dyad: timeline %s-%s by %s: %d claims in %d periods%s%n",
        a,
        b,
        period.label(),
        t.claims(),
        t.periods().size(),
        t.unplaced().isEmpty() ? "" : "; not placed in time: " + String.join(" ", t.unplaced()));
    return ExitCode.OK.code();
  }

  private Period period() {
    try {
      return Period.valueOf(by.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException("--by takes week or month, not " + by);
    }
  }

  private static void text(Timeline t, PrintWriter out) {
    out.printf(
        "%-8s %7s %9s  %-27s  %s%n",
        "period", "claims", "intensity", "balance (conflict|coop)", "types");
    boolean monthPrecise = false;
    for (TimelinePeriod p : t.periods()) {
      String types =
          p.byType().entrySet().stream()
              .map(e -> e.getKey().name() + " " + e.getValue())
              .collect(Collectors.joining(", "));
      String claims = p.claims() + (p.monthPrecise() > 0 ? "*" : " ");
      monthPrecise |= p.monthPrecise() > 0;
      out.printf(
          "%-8s %7s %9s  %s  %s%n",
          p.period(),
          claims,
          BalanceBar.intensity(p.balance().meanIntensity()),
          BalanceBar.of(p.balance().value()),
          types);
    }
    if (monthPrecise) {
      out.println("* some claims are dated only to the month, and counted from its first day");
    }
  }
}
