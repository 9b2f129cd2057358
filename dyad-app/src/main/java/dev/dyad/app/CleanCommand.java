package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.model.Document;
import dev.dyad.report.json.DocumentJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad clean}: ingest and clean, and show the result. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Read and clean documents, and show the result.",
      "",
      "For a person: each document's title, date and how it was found, uri, numbered sentences and"
          + " warnings. With --json: JSON Lines, one document per line, with doc_id, uri, origin, title,"
          + " published, published_alternatives, published_source, published_evidence, sentences and"
          + " warnings."
    })
final class CleanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--json", description = "Print JSON Lines instead of text for a person.")
  boolean json;

  @Option(
      names = "--explain",
      description = "Print the pipeline's stages and cleaning steps in order, and read nothing.")
  boolean explain;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr());
    Pipeline pipeline = Pipeline.standard(input.config());
    if (explain) {
      out.println(pipeline.describe());
      out.flush();
      return 0;
    }
    AtomicLong read = new AtomicLong();
    try (Stream<Document> docs = pipeline.documents(input.paths(), reporter.problems())) {
      docs.forEach(
          d -> {
            read.incrementAndGet();
            if (json) {
              out.println(DocumentJson.line(d));
            } else {
              DocumentText.print(d, out);
            }
            out.flush();
          });
    }
    return reporter.finish(read.get());
  }
}
