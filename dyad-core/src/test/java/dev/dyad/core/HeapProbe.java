package dev.dyad.core;

import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Reads (and, with {@code code}, cleans and codes) inputs and prints what came out, for {@link
 * BoundedMemoryTest} to run in a JVM with a small heap. Not a test itself.
 *
 * <p>Arguments: {@code read|code maxDocumentBytes path...}. Prints {@code documents N}, {@code
 * events N}, then one {@code error CODE where} line per error.
 */
public final class HeapProbe {
  private HeapProbe() {}

  public static void main(String[] args) {
    boolean code = args[0].equals("code");
    IngestOptions options = new IngestOptions(Long.parseLong(args[1]));
    List<String> inputs = List.of(args).subList(2, args.length);
    StringBuilder errors = new StringBuilder();
    Problems problems =
        new Problems(
            e ->
                errors
                    .append("error ")
                    .append(e.code())
                    .append(' ')
                    .append(e.where())
                    .append('\n'));
    AtomicLong documents = new AtomicLong();
    AtomicLong events = new AtomicLong();
    if (code) {
      Pipeline pipeline = Pipeline.standard(new PipelineConfig(options));
      try (Stream<dev.dyad.core.model.Document> docs = pipeline.documents(inputs, problems)) {
        docs.forEach(
            d -> {
              documents.incrementAndGet();
              events.addAndGet(pipeline.events(d, problems).size());
            });
      }
    } else {
      try (Stream<RawDocument> docs = Ingest.read(inputs, options, problems)) {
        docs.forEach(d -> documents.incrementAndGet());
      }
    }
    System.out.println("documents " + documents.get());
    System.out.println("events " + events.get());
    System.out.print(errors);
  }
}
