package dev.dyad.app;

import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.analytics.ActorActivity;
import dev.dyad.report.export.AnalyticsCsv;
import dev.dyad.report.json.AnalyticsJson;
import dev.dyad.report.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad actors}: the most active actors in the stored claims. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "List the most active actors in the stored claims, most claims first.",
      "",
      "Actors are countries and organisations (PRKMIL counts as PRK). For each: claims (merged"
          + " events it takes part in, as source or target; a claim on itself counts once),"
          + " as_source and as_target, confirmed (its claims confirmed by two or more independent"
          + " sources), independent_sources (summed over its claims) and mentions (the sentences"
          + " that make its claims). Ties go to more mentions, then to the code.",
      "",
      "The filters choose the claims counted; --since and --until are on report dates."
    })
final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ClaimFilters filters;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most this many actors (default: ${DEFAULT-VALUE}).")
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
    Optional<List<ActorActivity>> answer =
        AnalyticsRun.ask(store, spec.commandLine().getErr(), a -> a.actors(query, limit));
    if (answer.isEmpty()) {
      return ExitCode.STORE.code();
    }
    List<ActorActivity> actors = answer.get();
    switch (format) {
      case jsonl -> actors.forEach(a -> out.println(Json.write(AnalyticsJson.actor(a))));
      case csv -> AnalyticsCsv.actors(out, actors);
      case text -> text(actors, out);
    }
    out.flush();
    spec.commandLine().getErr().printf("dyad: actors: %d%n", actors.size());
    return ExitCode.OK.code();
  }

  private static void text(List<ActorActivity> actors, PrintWriter out) {
    out.printf(
        "%-8s %6s %6s %6s %9s %7s %8s  %s%n",
        "code", "claims", "source", "target", "confirmed", "sources", "mentions", "name");
    for (ActorActivity a : actors) {
      out.printf(
          "%-8s %6d %6d %6d %9d %7d %8d  %s%n",
          a.code(),
          a.claims(),
          a.asSource(),
          a.asTarget(),
          a.confirmed(),
          a.independentSources(),
          a.mentions(),
          a.name());
    }
  }
}
