package dev.dyad.spark;

import dev.dyad.core.DocumentAnalysis;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.RawDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The per-document stage on an executor: each document read is cleaned and analysed by the
 * executor's one {@link dev.dyad.core.DocumentAnalyzer} (built once per JVM, {@link Analyzers}) and
 * becomes its table rows; a document that fails is a data error, as in {@code dyad ingest}. Other
 * outcomes pass through.
 */
final class Analysis implements FlatMapFunction<Outcome, Outcome> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<Dictionaries> dictionaries;
  private final String runId;
  private final Instant at;

  Analysis(Broadcast<Dictionaries> dictionaries, String runId, Instant at) {
    this.dictionaries = dictionaries;
    this.runId = runId;
    this.at = at;
  }

  @Override
  public Iterator<Outcome> call(Outcome o) {
    if (!o.isRaw()) {
      return List.of(o).iterator();
    }
    Dictionaries d = dictionaries.value();
    Analyzers.Loaded loaded = Analyzers.get(d);
    ProblemQueue queue = new ProblemQueue();
    RawDocument raw = o.raw().document();
    Optional<Document> doc = loaded.pipeline().clean(raw, queue.problems());
    List<Outcome> out = new ArrayList<>(1);
    if (doc.isPresent()) {
      DocumentAnalysis analysis = loaded.analyzer().analyze(doc.get(), queue.problems());
      out.add(
          Outcome.of(
              AnalysisRows.of(
                  o.raw().seq(),
                  doc.get(),
                  raw.body(),
                  analysis,
                  new AnalysisRows.Stamp(runId, at, d))));
    }
    while (!queue.isEmpty()) {
      out.add(queue.next());
    }
    return out.iterator();
  }
}
