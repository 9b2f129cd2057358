package dev.dyad.app;

import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.coding.Event;
import dev.dyad.report.export.EventTsv;
import dev.dyad.report.json.EventJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad code}: ingest, clean and code; one event per line, no database. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Code documents into dyadic events, one per line.",
      "",
      "Runs ingest, clean and the event coder and writes each event with its source and target"
          + " actors, PLOVER type and CAMEO code, modality (asserted, reported, alleged, planned,"
          + " speculative, conditional or negated), date, the pattern that produced it and the"
          + " sentence and character span it came from. Only asserted and reported events are facts;"
          + " the rest are kept and labelled."
    })
final class CodeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    jsonl,
    tsv
  }

  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin DictionaryOptions dictionaries;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description =
          "jsonl (one JSON object per event) or tsv (a header, then one row per event). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr());
    Pipeline pipeline = Pipeline.standard(input.config(dictionaries));
    DocumentAnalyzer analyzer = new DocumentAnalyzer(pipeline);
    AtomicLong documents = new AtomicLong();
    AtomicLong events = new AtomicLong();
    if (format == Format.tsv) {
      out.println(EventTsv.header());
    }
    try (Stream<Event> stream =
        pipeline
            .documents(input.paths(), reporter.problems())
            .peek(d -> documents.incrementAndGet())
            .flatMap(d -> analyzer.analyze(d, reporter.problems()).events().stream())) {
      stream.forEach(
          e -> {
            events.incrementAndGet();
            out.println(format == Format.tsv ? EventTsv.line(e) : EventJson.line(e));
          });
    }
    out.flush();
    spec.commandLine().getErr().printf("dyad: events: %d%n", events.get());
    return reporter.finish(documents.get());
  }
}
