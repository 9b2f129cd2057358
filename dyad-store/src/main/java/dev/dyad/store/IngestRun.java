package dev.dyad.store;

import dev.dyad.core.Pipeline;
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
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One ingest: new documents with their sentences, events and facts, one transaction per batch. A
 * document is in the store with all its rows or not at all, so a crash loses at most the open
 * batch, and the next run (which skips known ids) picks up where it stopped.
 */
final class IngestRun {
  private record Pending(Document doc, List<Event> events, DocumentFacts facts) {}

  private final Connection c;
  private final String runId;
  private final Pipeline pipeline;
  private final Problems problems;
  private final IngestSettings settings;
  private final CoderVersion coder;
  private final FactExtractor facts;
  private final long started = System.nanoTime();
  private final List<Pending> batch = new ArrayList<>();
  private long nextSeq;
  private long read;
  private long stored;
  private long alreadyStored;
  private long events;

  IngestRun(Connection c, String runId, Pipeline pipeline, Problems problems, IngestSettings settings, CoderVersion coder) {
    this.c = c;
    this.runId = runId;
    this.pipeline = pipeline;
    this.problems = problems;
    this.settings = settings;
    this.coder = coder;
    this.facts = new FactExtractor(pipeline.dictionary());
  }

  /** Writes the new documents of {@code documents}; earlier batches stay committed if it throws. */
  void run(Stream<Document> documents) throws SQLException {
    Set<String> known = knownIds();
    nextSeq = maxSeq() + 1;
    Iterator<Document> it = documents.iterator();
    while (it.hasNext()) {
      Document doc = it.next();
      read++;
      // The set holds this run's documents too: a second copy in the same inputs is also known.
      if (!known.add(doc.id())) {
        alreadyStored++;
      } else {
        List<Event> coded = pipeline.events(doc, problems);
        batch.add(new Pending(doc, coded, facts.of(doc)));
        stored++;
        events += coded.stream().map(Event::eventId).distinct().count();
        if (batch.size() >= settings.batchSize()) {
          commitBatch();
        }
      }
      settings.listener().progress(progress());
    }
    commitBatch();
  }

  IngestSettings.IngestProgress progress() {
    return new IngestSettings.IngestProgress(read, stored, alreadyStored, events, System.nanoTime() - started);
  }

  private void commitBatch() throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    Appender.begin(c);
    try {
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      try (Appender d = Appender.of(c, "documents")) {
        for (Pending p : batch) {
          DocumentRows.append(d, p.doc(), nextSeq++, now, runId);
        }
      }
      try (Appender s = Appender.of(c, "sentences")) {
        for (Pending p : batch) {
          for (Sentence sentence : p.doc().sentences()) {
            DocumentRows.append(s, p.doc().id(), sentence);
          }
        }
      }
      try (Appender e = Appender.of(c, "events")) {
        for (Pending p : batch) {
          EventRows.appendAll(e, p.events(), coder);
        }
      }
      try (Appender signatures = Appender.of(c, "document_signatures");
          Appender assessments = Appender.of(c, "document_assessments")) {
        for (Pending p : batch) {
          FactRows.append(signatures, assessments, p.doc().id(), p.facts());
        }
      }
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

  private Set<String> knownIds() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(Sql.get("known-ids"))) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  private long maxSeq() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
      r.next();
      return r.getLong(1);
    }
  }
}
