package dev.dyad.store;

import dev.dyad.core.DocumentAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.Sentence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One ingest: new documents with their sentences, events and facts, and the families, claims and
 * assessments they change ({@link ClaimUpdate}), one transaction per batch. A document is in the
 * store with all its rows and its claims or not at all, so a crash loses at most the open batch,
 * and the next run (which skips known ids) picks up where it stopped.
 *
 * <p>Cleaning and the per-document analysis ({@link DocumentAnalyzer}) run on {@link
 * IngestSettings#threads()} workers ({@link OrderedWorkers}); this thread reads the inputs and
 * writes, in input order, so the stored rows and their {@code seq} are those of a single-threaded
 * run. The analyzer is thread-safe, and so is {@link Problems}; its listener hears of bad documents
 * from the workers.
 */
final class IngestRun {
  /**
   * A document ready to write, or one the store had before this run ({@code analysis} null: there
   * is nothing to compute for it).
   */
  private record Prepared(
      Document doc, String raw, DocumentAnalysis analysis, long distinctEvents) {
    boolean known() {
      return analysis == null;
    }
  }

  private final Connection c;
  private final String runId;
  private final Problems problems;
  private final IngestSettings settings;
  private final CoderVersion coder;
  private final DocumentAnalyzer analyzer;
  private final ClaimUpdate claims;
  private final long started = System.nanoTime();
  private final List<Prepared> batch = new ArrayList<>();

  /** Ids of this run's documents, so a second copy in the same inputs is known too. */
  private final Set<String> seen = new HashSet<>();

  private long nextSeq;
  private long read;
  private long stored;
  private long alreadyStored;
  private long events;

  IngestRun(
      Connection c,
      String runId,
      DocumentAnalyzer analyzer,
      Problems problems,
      IngestSettings settings,
      CoderVersion coder,
      ClaimUpdate claims) {
    this.c = c;
    this.claims = claims;
    this.runId = runId;
    this.problems = problems;
    this.settings = settings;
    this.coder = coder;
    this.analyzer = analyzer;
  }

  /**
   * Writes the new documents of {@code inputs}, each made a document by {@code clean} (empty when
   * it could not be, which {@code clean} reports); earlier batches stay committed if it throws.
   */
  <T> void run(Stream<T> inputs, Function<T, Optional<Document>> clean, Function<T, String> rawOf)
      throws SQLException {
    // Read-only once the workers start: they consult it to skip coding what is stored.
    KnownIds known = KnownIds.read(c);
    nextSeq = maxSeq() + 1;
    OrderedWorkers.run(
        inputs.iterator(),
        settings.threads(),
        settings.inFlight(),
        item ->
            clean
                .apply(item)
                .map(
                    doc ->
                        known.contains(doc.id())
                            ? new Prepared(doc, null, null, 0)
                            : prepare(doc, rawOf.apply(item))),
        this::accept);
    commitBatch();
  }

  /** On a worker: everything about a new document that does not depend on the others. */
  private Prepared prepare(Document doc, String raw) {
    DocumentAnalysis analysis = analyzer.analyze(doc, problems);
    return new Prepared(
        doc, raw, analysis, analysis.events().stream().map(Event::eventId).distinct().count());
  }

  /** On this thread, in input order. */
  private void accept(Optional<Prepared> prepared) throws SQLException {
    if (prepared.isEmpty()) {
      return;
    }
    Prepared p = prepared.get();
    read++;
    if (p.known() || !seen.add(p.doc().id())) {
      alreadyStored++;
    } else {
      batch.add(p);
      stored++;
      events += p.distinctEvents();
      if (batch.size() >= settings.batchSize()) {
        commitBatch();
      }
    }
    settings.listener().progress(progress());
  }

  IngestSettings.IngestProgress progress() {
    return new IngestSettings.IngestProgress(
        read, stored, alreadyStored, events, System.nanoTime() - started);
  }

  private void commitBatch() throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    Appender.begin(c);
    try {
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      List<ArrivingDocument> arriving = new ArrayList<>(batch.size());
      long firstSeq = nextSeq;
      try (Appender d = Appender.of(c, "documents")) {
        for (Prepared p : batch) {
          long seq = nextSeq++;
          DocumentRows.append(d, p.doc(), p.raw(), seq, now, runId);
          arriving.add(new ArrivingDocument(seq, p.analysis().facts(), p.analysis().events()));
        }
      }
      try (Appender s = Appender.of(c, "sentences")) {
        long seq = firstSeq;
        for (Prepared p : batch) {
          for (Sentence sentence : p.doc().sentences()) {
            DocumentRows.append(s, p.doc().id(), seq, sentence);
          }
          seq++;
        }
      }
      try (Appender e = Appender.of(c, "events")) {
        for (Prepared p : batch) {
          EventRows.appendAll(e, p.analysis().events(), coder);
        }
      }
      try (Appender a = Appender.of(c, "actor_mentions")) {
        for (Prepared p : batch) {
          ActorMentionRows.appendAll(a, p.doc().id(), p.analysis().actors());
        }
      }
      try (Appender signatures = Appender.of(c, "document_signatures");
          Appender assessments = Appender.of(c, "document_assessments")) {
        for (Prepared p : batch) {
          FactRows.append(signatures, assessments, p.analysis().facts());
        }
      }
      // Families, claims and assessments commit with the documents they come from.
      claims.apply(c, arriving);
      // The run's counters commit with the rows they count.
      try (PreparedStatement u = c.prepareStatement(Sql.get("update-run"))) {
        u.setLong(1, read);
        u.setLong(2, stored);
        u.setLong(3, alreadyStored);
        u.setLong(4, problems.skipped());
        u.setLong(5, problems.failed());
        u.setLong(6, events);
        u.setString(7, runId);
        u.executeUpdate();
      }
      c.commit();
      batch.clear();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private long maxSeq() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
      r.next();
      return r.getLong(1);
    }
  }
}
