package dev.dyad.app;

import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.DyadActivity;
import dev.dyad.report.export.AnalyticsCsv;
import dev.dyad.report.json.AnalyticsJson;
import dev.dyad.report.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad dyads}: the pairs of actors with the most claims. */
@Command(
    name = "dyads",
    mixinStandardHelpOptions = true,
    description = {
      "List the pairs of actors with the most claims between them, either direction.",
      "",
      "For each pair (codes in alphabetical order): claims, by_status, first and last (the claim"
          + " dates: the event date the earliest report gives, else the first publication), and"
          + " the cooperation-conflict balance.",
      "",
      "The balance counts claims, never raw mentions. Each claim weighs certainty x (1 +"
          + " log2(independent sources)); certainty is 1 for confirmed, 0.75 reported, 0.5"
          + " disputed, 0.25 alleged and 0 for planned, speculative and denied claims, which are"
          + " counted among the claims but never weighed as fact. cooperation and conflict sum the"
          + " weights of claims with positive and negative Goldstein intensity; balance ="
          + " (cooperation - conflict) / (cooperation + conflict), from -1 (all conflict) to +1"
          + " (all cooperation); mean_intensity is the weighted mean Goldstein value (-10 to +10).",
      "",
      "The filters choose the claims counted; --since and --until are on report dates."
    })
final class DyadsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ClaimFilters filters;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most this many pairs (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (a table), jsonl or csv. Default: ${DEFAULT-VALUE}.")
  TableFormat format;

  @Override
  public Integer call() {
    Limits.requirePositive(limit);
    ClaimQuery query = filters.claimQuery();
    PrintWriter out = spec.commandLine().getOut();
    Optional<List<DyadActivity>> answer =
        AnalyticsRun.ask(store, spec.commandLine().getErr(), a -> a.dyads(query, limit));
    if (answer.isEmpty()) {
      return ExitCode.STORE.code();
    }
    List<DyadActivity> dyads = answer.get();
    switch (format) {
      case jsonl -> dyads.forEach(d -> out.println(Json.write(AnalyticsJson.dyad(d))));
      case csv -> AnalyticsCsv.dyads(out, dyads);
      case text -> text(dyads, out);
    }
    out.flush();
    spec.commandLine().getErr().printf("dyad: dyads: %d%n", dyads.size());
    return ExitCode.OK.code();
  }

  private static void text(List<DyadActivity> dyads, PrintWriter out) {
    out.printf(
        "%-13s %6s  %-27s %-10s  %-10s  %s%n",
        "dyad", "claims", "balance (conflict|coop)", "first", "last", "statuses");
    for (DyadActivity d : dyads) {
      String statuses =
          d.byStatus().entrySet().stream()
              .map(e -> e.getKey().label() + " " + e.getValue())
              .collect(Collectors.joining(", "));
      out.printf(
          "%-13s %6d  %s  %-10s  %-10s  %s%n",
          d.a() + "-" + d.b(),
          d.claims(),
          BalanceBar.of(d.balance().value()),
          d.first().map(Object::toString).orElse("-"),
          d.last().map(Object::toString).orElse("-"),
          statuses);
    }
  }
}
