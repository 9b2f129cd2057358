package dev.dyad.app;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.query.EventQuery;
import dev.dyad.report.export.EventCsv;
import dev.dyad.report.json.EventJson;
import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad events}: events from the store, filtered. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "List events from the store.",
      "",
      "Reads the store read-only (several readers can run at once, not while an ingest writes)."
          + " Actor codes match by prefix: RUS matches RUSGOV and RUSMIL. The jsonl format is the"
          + " contract of dyad code."
    })
final class EventsCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    jsonl,
    csv
  }

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Events with this actor on either side.")
  String actor;

  @Option(
      names = "--dyad",
      paramLabel = "A,B",
      split = ",",
      description = "Events between A and B, either way round.")
  List<String> dyad;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "A PLOVER event type (AID, CONSULT, ASSAULT…).")
  String type;

  @Option(
      names = "--modality",
      paramLabel = "M",
      description = "asserted, reported, alleged, planned, speculative, conditional or negated.")
  String modality;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description = "Events dated on or after this day (undated: by publication).")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description = "Events dated on or before this day.")
  LocalDate until;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, jsonl or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    EventQuery query = query();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long[] count = {0};
    // CSV goes through the store's RFC 4180 writer, which writes its header and rows in one go.
    List<Event> forCsv = new ArrayList<>();
    Consumer<Event> print =
        switch (format) {
          case jsonl -> e -> out.println(EventJson.line(e));
          case csv -> forCsv::add;
          case text -> e -> out.println(text(e));
        };

    try (Store s = Store.openReadOnly(store.path())) {
      s.events(
          query,
          e -> {
            count[0]++;
            print.accept(e);
          });
    } catch (StoreLockedException | StoreException e) {
      err.println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    if (format == Format.csv) {
      EventCsv.write(out, forCsv);
    }
    out.flush();
    err.printf("dyad: events: %d%n", count[0]);
    return ExitCode.OK.code();
  }

  private EventQuery query() {
    if (dyad != null && dyad.size() != 2) {
      throw new Failures.UsageException("--dyad takes two actor codes, as in --dyad PRK,RUS");
    }
    if (modality != null) {
      try {
        Modality.ofLabel(modality);
      } catch (IllegalArgumentException e) {
        throw new Failures.UsageException(
            "unknown modality "
                + modality
                + "; one of "
                + Arrays.stream(Modality.values())
                    .map(Modality::label)
                    .collect(Collectors.joining(", ")));
      }
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new Failures.UsageException("--since " + since + " is after --until " + until);
    }
    return new EventQuery(
        Optional.ofNullable(actor),
        Optional.ofNullable(dyad).map(d -> new EventQuery.Dyad(d.get(0), d.get(1))),
        Optional.ofNullable(type),
        Optional.ofNullable(modality),
        Optional.ofNullable(since),
        Optional.ofNullable(until));
  }

  private static String text(Event e) {
    return String.format(
        Locale.ROOT,
        "%-10s %s -> %s %s%s [%s] %s",
        e.date().or(() -> e.published().map(LocalDate::toString)).orElse("undated"),
        e.source().code(),
        e.target().map(t -> t.code()).orElse("-"), // "-": an event with no target
        e.eventType().name(),
        e.mode().map(m -> "/" + m).orElse(""),
        e.modality().label(),
        e.sentence());
  }
}
