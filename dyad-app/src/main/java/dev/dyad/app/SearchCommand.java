package dev.dyad.app;

import dev.dyad.core.coding.Event;
import dev.dyad.report.json.Json;
import dev.dyad.report.json.SearchJson;
import dev.dyad.store.SearchHit;
import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad search}: full-text search over the stored sentences, with their events. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the stored sentences, and show the events each one gave.",
      "",
      "Words must all appear (stemmed: \"deployed\" finds \"deployment\"); \"quoted phrases\","
          + " OR, and -word work. A query that cannot be parsed is searched as plain words."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for.")
  List<String> query;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "At most this many sentences (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or jsonl. Default: ${DEFAULT-VALUE}.")
  ListFormat format;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new Failures.UsageException("--limit must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<SearchHit> hits;
    try (Store s = Store.openReadOnly(store.path())) {
      StaleData.checkSearch(s, spec.commandLine().getErr());
      hits = s.search(String.join(" ", query), limit);
    } catch (StoreLockedException | StoreException e) {
      spec.commandLine().getErr().println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    for (SearchHit hit : hits) {
      if (format == ListFormat.jsonl) {
        out.println(
            Json.write(
                SearchJson.hit(
                    hit.sentence().docId(),
                    hit.sentence().uri(),
                    hit.sentence().sentenceIndex(),
                    hit.sentence().text(),
                    hit.sentence().score(),
                    hit.events())));
      } else {
        out.printf(
            "%.2f  %s%n      %s (sentence %d)%n",
            hit.sentence().score(),
            hit.sentence().text(),
            hit.sentence().uri(),
            hit.sentence().sentenceIndex() + 1);
        for (Event e : hit.events()) {
          out.printf(
              "      -> %s %s %s, %s%n",
              e.source().code(),
              e.eventType(),
              e.target().map(t -> t.code()).orElse("-"),
              e.modality().label());
        }
      }
    }
    out.flush();
    spec.commandLine().getErr().printf("dyad: %d sentences%n", hits.size());
    return ExitCode.OK.code();
  }
}
