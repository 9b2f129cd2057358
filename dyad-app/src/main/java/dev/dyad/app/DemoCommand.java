package dev.dyad.app;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.Modality;
import dev.dyad.core.model.Document;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad demo}: the main job on the bundled sample corpus. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the main job on the bundled sample corpus.",
      "",
      "Reads examples/corpus (or --corpus DIR) through the pipeline and prints a line per"
          + " document: id, publication date, sentences, events (facts / all), title, uri and"
          + " warnings; then how many events carry each modality."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Run on this folder instead of the bundled examples/corpus.")
  Path corpus;

  @Option(
      names = "--no-serve",
      description = "Do not start the dashboard afterwards (for scripts; the dashboard is not built yet).")
  boolean noServe;

  @Override
  public Integer call() {
    Path dir = corpus != null ? corpus : bundledCorpus();
    if (!Files.isDirectory(dir)) {
      throw new Failures.UsageException("no sample corpus at " + dir + "; pass --corpus DIR");
    }
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr());
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    out.println("Dyad demo: cleaning the sample corpus in " + dir);
    out.println();
    out.printf("%-16s  %-10s  %5s  %7s  %s%n", "doc_id", "published", "sents", "events", "title / uri");
    AtomicLong read = new AtomicLong();
    AtomicLong sentences = new AtomicLong();
    Map<Modality, Long> modalities = new EnumMap<>(Modality.class);
    try (Stream<Document> docs = pipeline.documents(List.of(dir.toString()), reporter.problems())) {
      docs.forEach(
          d -> {
            read.incrementAndGet();
            sentences.addAndGet(d.sentences().size());
            List<Event> events = pipeline.events(d, reporter.problems());
            long facts = events.stream().filter(e -> e.modality().isFactual()).count();
            events.forEach(e -> modalities.merge(e.modality(), 1L, Long::sum));
            out.printf(
                "%-16s  %-10s  %5d  %7s  %s%n",
                d.id(), date(d), d.sentences().size(), facts + "/" + events.size(),
                d.title().orElse("(no title)"));
            out.printf("%-16s  %-10s  %5s  %7s    %s%n", "", "", "", "", d.uri());
            for (String w : d.warnings()) {
              out.printf("%-16s  %-10s  %5s  %7s    ! %s%n", "", "", "", "", w);
            }
            out.flush();
          });
    }
    out.println();
    long total = modalities.values().stream().mapToLong(Long::longValue).sum();
    out.printf("%d documents, %d sentences, %d events.%n", read.get(), sentences.get(), total);
    out.println("Events by modality (only asserted and reported count as facts):");
    for (Modality m : Modality.values()) {
      out.printf("  %-12s %4d%n", m.label(), modalities.getOrDefault(m, 0L));
    }
    if (!noServe) {
      out.println("(The dashboard is not part of this build yet; nothing to serve.)");
    }
    out.flush();
    return reporter.finish(read.get());
  }

  private static String date(Document d) {
    if (d.published().isAmbiguous()) {
      return "ambiguous";
    }
    return d.published().date().map(Object::toString).orElse("-");
  }

  /**
   * examples/corpus under the Dyad home the launcher passes, else under the working folder; shown
   * relative to the working folder when it lies below it, so output does not depend on the machine.
   */
  static Path bundledCorpus() {
    String home = System.getProperty("dyad.home");
    Path corpus = Path.of(home != null ? home : ".").resolve("examples").resolve("corpus").toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    return corpus.startsWith(here) ? here.relativize(corpus) : corpus;
  }
}
