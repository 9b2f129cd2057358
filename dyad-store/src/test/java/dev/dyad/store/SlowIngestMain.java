package dev.dyad.store;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A child process for {@link CrashRecoveryIT}: ingests a corpus slowly, printing progress on
 * standard output, so the test can kill it in the middle of a run.
 *
 * <p>Arguments: database, corpus, batch size, milliseconds to sleep per document.
 */
public final class SlowIngestMain {
  private SlowIngestMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path db = Path.of(args[0]);
    String corpus = args[1];
    int batch = Integer.parseInt(args[2]);
    long sleep = Long.parseLong(args[3]);
    Pipeline pipeline = Pipeline.standard(new PipelineConfig(IngestOptions.DEFAULTS));
    try (Store store = Store.open(db, "SlowIngestMain");
        Stream<Document> docs = pipeline.documents(List.of(corpus), Problems.counting())) {
      store.ingest(
          docs.peek(d -> pause(sleep)),
          pipeline,
          CoderVersion.of(Optional.empty()),
          Problems.counting(),
          new IngestSettings(
              List.of(corpus),
              batch,
              p -> {
                if (p.read() % 25 == 0) {
                  System.out.println("read " + p.read());
                  System.out.flush();
                }
              }));
    }
    System.out.println("done");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
