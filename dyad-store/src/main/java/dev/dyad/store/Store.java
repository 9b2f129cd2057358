package dev.dyad.store;

import dev.dyad.core.DocumentAnalysis;
import dev.dyad.core.DocumentAnalyzer;
import dev.dyad.core.Pipeline;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.core.query.EventQuery;
import dev.dyad.report.analytics.ClaimDate;
import dev.dyad.report.analytics.Period;
import dev.dyad.report.analytics.Timeline;
import dev.dyad.report.brief.BriefStore;
import dev.dyad.report.brief.StoredDocument;
import dev.dyad.report.json.Json;
import dev.dyad.store.analytics.Analytics;
import dev.dyad.store.analytics.SqlReads;
import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The embedded analytical store: one DuckDB file holding documents, sentences, events, claims and
 * assessments, with the runs that wrote them.
 *
 * <p>Concurrency: DuckDB lets one process open a database for writing, and then no other process
 * may open it at all. A writer ({@link #open}) first takes an OS lock on {@code <db>.lock} and
 * writes its pid and command into it, so a second writer fails at once with {@link
 * StoreLockedException} naming the holder. Readers ({@link #openReadOnly}) open DuckDB read-only;
 * any number can read together while no writer has the file, and a reader that meets a writer gets
 * the same message. The OS releases the lock when its holder dies, even by kill -9.
 *
 * <p>Crash consistency: ingest commits one transaction per batch of documents, each with all its
 * sentences and events and with the families, claims and assessments it changes. A killed ingest
 * loses at most its open batch, and the claim tables always cover exactly the stored documents; the
 * next writer marks the run interrupted.
 *
 * <p>Not thread-safe: one thread uses a store.
 */
public final class Store implements AutoCloseable, BriefStore {
  /** The database used when none is given. */
  public static final Path DEFAULT_PATH = Path.of("dyad.db");

  private final Path path;
  private final Connection connection;
  private final WriterLock lock;
  private final List<String> notices = Collections.synchronizedList(new ArrayList<>());

  private Store(Path path, Connection connection, WriterLock lock) {
    this.path = path;
    this.connection = connection;
    this.lock = lock;
  }

  /** Opens (creating if needed) for writing, migrating the schema; see the class notes on locks. */
  public static Store open(Path db) {
    return open(db, "java (pid " + ProcessHandle.current().pid() + ")");
  }

  /**
   * Starts loading DuckDB's native library on a background thread, so that a command can compile
   * its dictionaries meanwhile (each takes about a second); opening a store waits for it. A failure
   * here is left for {@link #open} to report.
   */
  public static void preloadLibrary() {
    Thread t =
        new Thread(
            () -> {
              try {
                DuckDbLibrary.load();
              } catch (RuntimeException e) {
                // Reported by the open that follows, which tries again.
              }
            },
            "dyad-duckdb-load");
    t.setDaemon(true);
    t.start();
  }

  /** Opens for writing; {@code command} is what a blocked second writer will be told holds it. */
  public static Store open(Path db, String command) {
    DuckDbLibrary.load();
    WriterLock lock = WriterLock.acquire(db, command);
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
      try {
        Migrations.apply(c);
        try (Statement s = c.createStatement()) {
          s.execute(Sql.get("interrupt-runs"));
        }
        return new Store(db, c, lock);
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      lock.close();
      throw new StoreException("cannot open the store " + db + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Opens an existing store for reading. */
  public static Store openReadOnly(Path db) {
    if (!Files.exists(db)) {
      throw new StoreException("no store at " + db + " (create one with dyad ingest)", null);
    }
    DuckDbLibrary.load();
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, props);
      try {
        if (Migrations.current(c) < Migrations.all().size()) {
          throw new StoreException(
              "the store "
                  + db
                  + " has an older schema; run dyad ingest or dyad recode to upgrade it",
              null);
        }
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      return new Store(db, c, null);
    } catch (SQLException e) {
      String holder = WriterLock.holderIfLocked(db);
      if (holder != null) {
        throw new StoreLockedException(db, holder);
      }
      throw new StoreException("cannot open the store " + db + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return path;
  }

  /**
   * Writes the documents not yet stored (by id), with their sentences and events, and brings
   * families, claims and assessments in step batch by batch, touching only the claims the new
   * documents' events fall under. Re-ingesting stored documents changes nothing. Coding runs on
   * {@link IngestSettings#threads()} workers; the stored rows are the same for any number.
   *
   * @param coder stamped on every event: the version and dictionaries {@code pipeline} codes with
   * @param problems told of documents that fail, from the worker threads: its listener must be
   *     thread-safe
   */
  public IngestSummary ingest(
      Stream<Document> documents,
      Pipeline pipeline,
      CoderVersion coder,
      Problems problems,
      IngestSettings settings) {
    return ingest(documents, Optional::of, d -> null, pipeline, coder, problems, settings);
  }

  /**
   * As {@link #ingest}, from documents as read ({@link dev.dyad.core.ingest.Ingest#read}): cleaning
   * runs on the worker threads too, and a document that fails it is reported to {@code problems}
   * naming its origin.
   */
  public IngestSummary ingestRaw(
      Stream<RawDocument> raws,
      Pipeline pipeline,
      CoderVersion coder,
      Problems problems,
      IngestSettings settings) {
    return ingest(
        raws,
        raw -> pipeline.clean(raw, problems),
        RawDocument::body,
        pipeline,
        coder,
        problems,
        settings);
  }

  private <T> IngestSummary ingest(
      Stream<T> inputs,
      Function<T, Optional<Document>> clean,
      Function<T, String> rawOf,
      Pipeline pipeline,
      CoderVersion coder,
      Problems problems,
      IngestSettings settings) {
    requireWriter();
    String runId = UUID.randomUUID().toString();
    try {
      startRun(runId, "ingest", settings.inputs());
      DocumentAnalyzer analyzer = new DocumentAnalyzer(pipeline);
      ClaimUpdate claims = new ClaimUpdate(analyzer.dictionary());
      IngestRun run = new IngestRun(connection, runId, analyzer, problems, settings, coder, claims);
      Checkpoints.beginBulk(connection);
      try {
        // Claim tables behind the documents (a store written by an older version) are rebuilt
        // first; from then on each batch brings them in step in its own transaction.
        if (claimsStale() || evidenceMissing()) {
          rebuildClaims(analyzer, claims);
        }
        run.run(inputs, clean, rawOf);
      } catch (SQLException | RuntimeException e) {
        finishRun(runId, "failed");
        Checkpoints.endBulkAfter(connection, e);
        throw e;
      }
      double searchSeconds;
      try {
        searchSeconds =
            BackgroundSearchSync.start(connection, searchIndexPath(), notices::add).await();
      } catch (SQLException | RuntimeException e) {
        Checkpoints.endBulkAfter(connection, e);
        throw e;
      }
      Checkpoints.endBulk(connection);
      finishRun(runId, "done");
      IngestSettings.IngestProgress p = run.progress();
      StoreCounts counts = counts();
      return new IngestSummary(
          runId,
          p.read(),
          p.stored(),
          p.alreadyStored(),
          p.events(),
          counts.claims(),
          counts.assessments(),
          p.elapsedNanos() / 1e9,
          claims.seconds(),
          searchSeconds);
    } catch (SQLException e) {
      throw new StoreException("ingest into " + path + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Codes the stored documents again (new dictionaries, a new coder) and rebuilds claims, in one
   * transaction: readers see the old events or the new ones, never a mixture.
   */
  public StoreCounts recode(Pipeline pipeline, CoderVersion coder, Problems problems) {
    requireWriter();
    String runId = UUID.randomUUID().toString();
    try {
      startRun(runId, "recode", List.of());
      Appender.begin(connection);
      try {
        try (Statement s = connection.createStatement()) {
          s.execute("DELETE FROM events");
          // Assessment actors depend on the dictionaries too; all facts are computed again.
          s.execute("DELETE FROM document_assessments");
          s.execute("DELETE FROM document_signatures");
          s.execute("DELETE FROM actor_mentions");
        }
        DocumentAnalyzer analyzer = new DocumentAnalyzer(pipeline);
        try (Appender e = Appender.of(connection, "events");
            Appender signatures = Appender.of(connection, "document_signatures");
            Appender assessments = Appender.of(connection, "document_assessments");
            Appender actors = Appender.of(connection, "actor_mentions")) {
          StoredCorpus.forEach(
              connection,
              false,
              (doc, none) -> {
                DocumentAnalysis analysis = analyzer.analyze(doc, problems);
                EventRows.appendAll(e, analysis.events(), coder);
                FactRows.append(signatures, assessments, analysis.facts());
                ActorMentionRows.appendAll(actors, doc.id(), analysis.actors());
              });
        }
        ClaimTables.rebuild(connection, analyzer, new ClaimUpdate(analyzer.dictionary()));
        markClaimsBuilt();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        connection.setAutoCommit(true);
        finishRun(runId, "failed");
        throw e;
      }
      connection.setAutoCommit(true);
      finishRun(runId, "done");
      return counts();
    } catch (SQLException e) {
      throw new StoreException("recode of " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** Stored events matching {@code query}, in ingest order (documents, then the coder's order). */
  public void events(EventQuery query, Consumer<Event> sink) {
    EventFilter filter = EventFilter.of(query);
    try (PreparedStatement p =
        connection.prepareStatement(
            Sql.get("select-events") + filter.sql() + " ORDER BY d.seq, e.ordinal")) {
      filter.bind(p);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(EventRows.event(r));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading events from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** Where this store keeps its sentence index: {@code <db path>.lucene}. */
  public Path searchIndexPath() {
    return SentenceIndex.besideDatabase(path);
  }

  /**
   * Sentences matching a user query (words, "phrases", AND/OR/-), best first, each with the events
   * coded from it. A query that cannot be parsed is searched as plain words.
   */
  public List<SearchHit> search(String query, int limit) {
    if (!Files.isDirectory(searchIndexPath())) {
      return List.of();
    }
    try (SentenceIndex index = SentenceIndex.openReadOnly(searchIndexPath())) {
      return HitEvents.of(connection, index.search(query, limit));
    } catch (IOException | SQLException e) {
      throw new StoreException("searching " + searchIndexPath() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * What this store repaired on its own while it ran (a damaged sentence index rebuilt), for the
   * command to tell.
   */
  public List<String> notices() {
    return List.copyOf(notices);
  }

  /** Records a repair for {@link #notices()}. */
  void notice(String message) {
    notices.add(message);
  }

  /**
   * How far claims, assessments and the sentence index have caught up with the stored documents.
   */
  public DerivedData derivedData() {
    try {
      return DerivedData.read(connection, searchIndexPath());
    } catch (SQLException e) {
      throw new StoreException("reading the state of " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** The stored claim with this id and its mentions; empty when there is none. */
  public Optional<Claim> claim(String claimId) {
    try {
      return StoredClaims.claim(connection, claimId);
    } catch (SQLException e) {
      throw new StoreException(
          "reading claim " + claimId + " from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** The stored events with these ids (unknown ids are left out), in no particular order. */
  public List<Event> eventsById(Collection<String> eventIds) {
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(eventIds));
    List<Event> out = new ArrayList<>();
    try {
      // In slices: one statement per few hundred ids keeps the parameter list small.
      for (int from = 0; from < ids.size(); from += 500) {
        List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
        String marks = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
        try (PreparedStatement p =
            connection.prepareStatement("SELECT * FROM events WHERE event_id IN (" + marks + ")")) {
          for (int i = 0; i < slice.size(); i++) {
            p.setString(i + 1, slice.get(i));
          }
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.add(EventRows.event(r));
            }
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading events from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** The stored document with this id, its sentences and its events; empty when there is none. */
  public Optional<StoredText> document(String docId) {
    try {
      return DocumentReads.text(connection, docId);
    } catch (SQLException e) {
      throw new StoreException(
          "reading document " + docId + " from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Another handle on the same open database, on a connection of its own, for another thread (a
   * store is used by one thread; DuckDB runs its connections side by side, each reading committed
   * data only). It never writes; closing it leaves this store open.
   */
  public Store reader() {
    try {
      Connection c = connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
      return new Store(path, c, null);
    } catch (SQLException e) {
      throw new StoreException("cannot open another reader on " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes what DuckDB's log holds into the database file (a writer's clean stop does this). */
  public void checkpoint() {
    requireWriter();
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new StoreException("checkpointing " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** Every stored claim and assessment, with the document and family counts they come from. */
  public StoredAnalysis analysis() {
    return new StoredAnalysis(
        claims(ClaimQuery.ALL),
        assessments(AssessmentQuery.ALL),
        (int) counts().documents(),
        families());
  }

  /**
   * Writes every stored event to a Parquet file with DuckDB's own writer (the parquet extension
   * ships in the JDBC driver). Returns the number of rows written.
   */
  public long exportEventsParquet(Path output) {
    // COPY takes no parameters for its target; the path is quoted as an SQL string literal.
    String target = output.toAbsolutePath().toString().replace("'", "''");
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(
          "COPY (SELECT * FROM events ORDER BY doc_id, sentence_index, ordinal) TO '"
              + target
              + "' (FORMAT parquet)");
    } catch (SQLException e) {
      throw new StoreException("writing " + output + " failed: " + e.getMessage(), e);
    }
  }

  /** Stored events matching {@code query}, as a list. */
  public List<Event> events(EventQuery query) {
    List<Event> out = new ArrayList<>();
    events(query, out::add);
    return out;
  }

  public StoreCounts counts() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(Sql.get("counts"))) {
      r.next();
      return new StoreCounts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
    } catch (SQLException e) {
      throw new StoreException("counting in " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** The open JDBC connection, for this package's reads and tests; never handed out. */
  Connection connection() {
    return connection;
  }

  /** The questions the command line and the server ask of the stored claims. */
  public Analytics analytics() {
    return Analytics.over(this::read);
  }

  @Override
  public Map<String, ClaimDate> claimDates(Collection<String> claimIds) {
    return analytics().claimDates(claimIds);
  }

  @Override
  public Timeline timeline(
      String a, String b, Period by, Optional<LocalDate> since, Optional<LocalDate> until) {
    return analytics().timeline(a, b, by, since, until);
  }

  private void rebuildClaims(DocumentAnalyzer analyzer, ClaimUpdate claims) throws SQLException {
    Appender.begin(connection);
    try {
      ClaimTables.rebuild(connection, analyzer, claims);
      markClaimsBuilt();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Whether documents were added since the claim tables were last built. */
  /**
   * Whether the claims were written without the evidence an ingest merges new events into: a store
   * imported from a Spark run ({@link SparkImport}) holds the run's claims but no claim_evidence,
   * so its first ingest rebuilds them from the stored events and signatures.
   */
  private boolean evidenceMissing() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM events) > 0"
                    + " AND NOT EXISTS (SELECT 1 FROM claim_evidence)")) {
      r.next();
      return r.getBoolean(1);
    }
  }

  private boolean claimsStale() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(Sql.get("claims-state"))) {
      r.next();
      long maxSeq = r.getLong(1);
      long built = r.getLong(2);
      return r.wasNull() ? maxSeq > 0 : built != maxSeq;
    }
  }

  private void markClaimsBuilt() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents");
        PreparedStatement p = connection.prepareStatement(Sql.get("set-state"))) {
      r.next();
      p.setString(1, "claims_seq");
      p.setString(2, Long.toString(r.getLong(1)));
      p.executeUpdate();
    }
  }

  private void startRun(String runId, String command, List<String> inputs) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(Sql.get("start-run"))) {
      p.setString(1, runId);
      p.setString(2, command);
      p.setTimestamp(3, Timestamp.from(Instant.now()));
      p.setString(4, Json.write(inputs));
      p.executeUpdate();
    }
  }

  private void finishRun(String runId, String status) {
    try (PreparedStatement p = connection.prepareStatement(Sql.get("finish-run"))) {
      p.setTimestamp(1, Timestamp.from(Instant.now()));
      p.setString(2, status);
      p.setString(3, runId);
      p.executeUpdate();
    } catch (SQLException e) {
      // Recording the end is best effort; the next writer marks a run left 'running' interrupted.
    }
  }

  private void requireWriter() {
    if (lock == null) {
      throw new IllegalStateException("the store " + path + " is open read-only");
    }
  }

  /** Stored claims passing {@code query}, best supported first, read from the claim tables. */
  @Override
  public List<Claim> claims(ClaimQuery query) {
    try {
      return StoredClaims.claims(connection, query);
    } catch (SQLException e) {
      throw new StoreException("reading claims from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * The claims passing {@code query} from {@code offset}, at most {@code limit} of them, in the
   * order of {@link #claims(ClaimQuery)}, and how many pass: only the page is read.
   */
  public ClaimPage claims(ClaimQuery query, int limit, int offset) {
    return claims(query, limit, offset, true);
  }

  /**
   * As {@link #claims(ClaimQuery, int, int)}; without {@code withMentions} the mentions are not
   * read and each claim's list of them is empty (for a table of claims, which shows none).
   */
  public ClaimPage claims(ClaimQuery query, int limit, int offset, boolean withMentions) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    try {
      return StoredClaims.page(connection, query, limit, offset, withMentions);
    } catch (SQLException e) {
      throw new StoreException("reading claims from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** Stored assessments passing {@code query}, most voiced first, read from their tables. */
  @Override
  public List<Assessment> assessments(AssessmentQuery query) {
    try {
      return StoredClaims.assessments(connection, query);
    } catch (SQLException e) {
      throw new StoreException(
          "reading assessments from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** How many source families the stored documents form. */
  public int families() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT count(DISTINCT family_id) FROM documents")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("counting families in " + path + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("closing " + path + " failed: " + e.getMessage(), e);
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  /**
   * Documents about any of these actors (an event with one of them on either side, or an assessment
   * naming one; code prefixes), every document when none are given; in ingest order.
   */
  @Override
  public List<StoredDocument> documentsAbout(List<String> codes) {
    try {
      return StoredDocuments.about(connection, codes);
    } catch (SQLException e) {
      throw new StoreException("reading documents from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** Ids of the claims that only tell of the past (every mention coded historical). */
  @Override
  public Set<String> historicalClaims() {
    try {
      return HistoricalClaims.ids(connection);
    } catch (SQLException e) {
      throw new StoreException("reading claims from " + path + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a read of the analytics on this store's connection, lent to them by {@link #analytics}
   * alone; an SQL failure becomes a {@link StoreException} naming the store and {@code what} was
   * read.
   */
  private <T> T read(String what, SqlReads.Read<T> read) {
    try {
      return read.apply(connection);
    } catch (SQLException e) {
      throw new StoreException(
          "reading " + what + " from " + path + " failed: " + e.getMessage(), e);
    }
  }
}
