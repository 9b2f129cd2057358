package dev.dyad.store.search;

import dev.dyad.core.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * A full-text index of sentences: one Lucene document per sentence of a Dyad document.
 *
 * <p><b>Where it lives.</b> In its own folder beside the DuckDB database: for {@code data/dyad.db}
 * the store opens {@code data/dyad.db.lucene/} ({@link #besideDatabase(Path)}). Lucene owns that
 * folder; nothing else should be written there. Only one {@code SentenceIndex} may be open on a
 * folder at a time (Lucene's write lock): a second {@link #open} fails.
 *
 * <p><b>Writes.</b> {@link #add} replaces every sentence of a document with the same id in one
 * atomic step, so ingesting a document again never duplicates it. Writes become visible to {@link
 * #search} and durable on disk at {@link #commit()}; {@link #close()} commits too.
 *
 * <p><b>Queries.</b> Words, "quoted phrases", AND, OR, NOT or -minus, +plus, parentheses and
 * prefix*; all words are required unless OR is written. Text goes through English analysis (see
 * {@link SentenceAnalyzer}), so "shells" finds "shell" and "deployed" finds "deployment". A query
 * that cannot be read as written is searched as plain words, never thrown: {@link
 * #searchWithProblems} says why. A query of exclusions only ("-Russia") matches nothing.
 *
 * <p><b>Threads.</b> Every method may be called from any thread; searches share searchers through a
 * {@link SearcherManager} and never block writes.
 */
public final class SentenceIndex implements AutoCloseable {
  /** The commit data key of the watermark: the last document's ingest sequence number. */
  private static final String WATERMARK = "dyad.documents_seq";

  /** The commit data keys of the rest of a {@link SyncState}. */
  private static final String DOCUMENTS = "dyad.documents";

  private static final String LAST_DOCUMENT = "dyad.last_document";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final UserQueryParser parser;

  private SentenceIndex(
      Directory directory, IndexWriter writer, SearcherManager searchers, Analyzer analyzer) {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
    this.parser = new UserQueryParser(analyzer);
  }

  /** Opens the index in {@code dir}, creating the folder and an empty index when absent. */
  public static SentenceIndex open(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    Analyzer analyzer = new SentenceAnalyzer();
    Directory directory = null;
    IndexWriter writer = null;
    try {
      directory = FSDirectory.open(dir);
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      // Near-real-time: searchers come from the writer, so a commit need not be re-read from disk.
      SearcherManager searchers = new SearcherManager(writer, new SearcherFactory());
      return new SentenceIndex(directory, writer, searchers, analyzer);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, directory, analyzer);
      throw e;
    }
  }

  /**
   * Opens an existing index for searching only: no write lock is taken, so any number of readers
   * may search while no writer changes the folder. {@link #add}, {@link #delete} and {@link
   * #commit} then throw {@link IllegalStateException}.
   */
  public static SentenceIndex openReadOnly(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Analyzer analyzer = new SentenceAnalyzer();
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir);
      SearcherManager searchers = new SearcherManager(directory, new SearcherFactory());
      return new SentenceIndex(directory, null, searchers, analyzer);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory, analyzer);
      throw e;
    }
  }

  /**
   * The ids of every indexed document, as a set (a sync walks them with {@link #forEachDocId}
   * instead). Deleted sentences count until a merge drops them, so a term is an id only while a
   * live sentence has it.
   */
  public java.util.Set<String> docIds() throws IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    forEachDocId(ids::add);
    return ids;
  }

  /**
   * Calls {@code each} with the id of every indexed document, in the order of their UTF-8 bytes
   * (Lucene's term order, which is also DuckDB's default order of VARCHAR), one at a time: a
   * million ids are never held at once.
   */
  public void forEachDocId(java.util.function.Consumer<String> each) throws IOException {
    org.apache.lucene.search.IndexSearcher searcher = searchers.acquire();
    try {
      org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
      org.apache.lucene.index.Terms terms =
          org.apache.lucene.index.MultiTerms.getTerms(reader, SentenceFields.DOC_ID);
      org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      if (terms == null) {
        return;
      }
      org.apache.lucene.index.TermsEnum it = terms.iterator();
      org.apache.lucene.index.PostingsEnum postings = null;
      for (org.apache.lucene.util.BytesRef term = it.next(); term != null; term = it.next()) {
        postings = it.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
        for (int d = postings.nextDoc();
            d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            each.accept(term.utf8ToString());
            break;
          }
        }
      }
    } finally {
      searchers.release(searcher);
    }
  }

  /** Whether a live sentence of document {@code docId} is indexed. */
  public boolean contains(String docId) throws IOException {
    org.apache.lucene.search.IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(
              new org.apache.lucene.search.TermQuery(
                  new org.apache.lucene.index.Term(SentenceFields.DOC_ID, docId)))
          > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the sentence index was opened read-only");
    }
    return writer;
  }

  /** The index folder for a DuckDB database file: {@code <db path>.lucene}, beside it. */
  public static Path besideDatabase(Path database) {
    Path name = Objects.requireNonNull(database, "database").getFileName();
    if (name == null) {
      throw new IllegalArgumentException("not a database file: " + database);
    }
    return database.resolveSibling(name + ".lucene");
  }

  /**
   * Indexes the sentences of {@code doc}, replacing any indexed under its id; a document without
   * sentences is removed. Visible to searches after {@link #commit()}.
   */
  public void add(Document doc) throws IOException {
    Objects.requireNonNull(doc, "doc");
    if (doc.sentences().isEmpty()) {
      writer().deleteDocuments(SentenceFields.idTerm(doc.id()));
    } else {
      // Delete-then-add as one block: a reader sees the old sentences or the new, never both.
      writer().updateDocuments(SentenceFields.idTerm(doc.id()), SentenceFields.of(doc));
    }
  }

  /** Removes every sentence of the document with this id. Visible after {@link #commit()}. */
  public void delete(String docId) throws IOException {
    writer().deleteDocuments(SentenceFields.idTerm(Objects.requireNonNull(docId, "docId")));
  }

  /**
   * Makes every write so far durable and visible to searches. The commit records no {@link
   * SyncState}: writes outside a sync leave the next sync to compare the whole index with the
   * store.
   */
  public void commit() throws IOException {
    writer().setLiveCommitData(Map.<String, String>of().entrySet());
    writer().commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * As {@link #commit()}, recording with the commit how far the index follows the store: {@link
   * #watermark} reads its sequence number back (a store whose documents go further knows its index
   * is behind), and the next sync reads it with {@link #syncState}.
   */
  public void commit(SyncState state) throws IOException {
    Objects.requireNonNull(state, "state");
    writer()
        .setLiveCommitData(
            Map.of(
                    WATERMARK,
                    Long.toString(state.documentsSeq()),
                    DOCUMENTS,
                    Long.toString(state.documents()),
                    LAST_DOCUMENT,
                    state.lastDocId())
                .entrySet());
    writer().commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * What the last commit recorded ({@link #commit(SyncState)}); empty when it recorded nothing (a
   * new index, a plain {@link #commit()}, or an index written before sync states).
   */
  public Optional<SyncState> syncState() {
    Map<String, String> data = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : writer().getLiveCommitData()) {
      data.put(e.getKey(), e.getValue());
    }
    String seq = data.get(WATERMARK);
    String documents = data.get(DOCUMENTS);
    String last = data.get(LAST_DOCUMENT);
    if (seq == null || documents == null || last == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SyncState(Long.parseLong(seq), Long.parseLong(documents), last));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * How far an index follows its store, recorded by the sync with each commit.
   *
   * @param documentsSeq the ingest sequence number of the last stored document the index holds
   * @param documents how many stored documents have a sequence number up to it
   * @param lastDocId the id of the document with that number ({@code ""} when there is none)
   */
  public record SyncState(long documentsSeq, long documents, String lastDocId) {
    public SyncState {
      Objects.requireNonNull(lastDocId, "lastDocId");
    }
  }

  /** Whether {@code dir} holds a committed index. */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /**
   * The watermark of the last commit in {@code dir} ({@link #commit(SyncState)}); empty when there
   * is no index, or it was committed without one.
   *
   * @throws IOException if the index cannot be read (damaged)
   */
  public static OptionalLong watermark(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return OptionalLong.empty();
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return OptionalLong.empty();
      }
      String value = SegmentInfos.readLatestCommit(directory).getUserData().get(WATERMARK);
      try {
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
  }

  /**
   * Sentences matching a user query, best first, at most {@code limit}. Never throws on the query.
   */
  public List<SentenceHit> search(String query, int limit) throws IOException {
    return searchWithProblems(query, limit).hits();
  }

  /** As {@link #search}, with the reason the query was not run as written, if it was not. */
  public SearchResult searchWithProblems(String query, int limit) throws IOException {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    UserQueryParser.Parsed parsed = parser.parse(query);
    IndexSearcher searcher = searchers.acquire();
    try {
      try {
        return new SearchResult(run(searcher, parsed.query(), limit), parsed.problem());
      } catch (IndexSearcher.TooManyClauses
          | TooComplexToDeterminizeException
          | StackOverflowError e) {
        // Expansion of wildcards, fuzzy terms or deep nesting failed while running: still answer.
        List<SentenceHit> hits = run(searcher, parser.plainWords(query), limit);
        return new SearchResult(hits, Optional.of(UserQueryParser.explain(e)));
      }
    } finally {
      searchers.release(searcher);
    }
  }

  private static List<SentenceHit> run(IndexSearcher searcher, Query query, int limit)
      throws IOException {
    int maxDoc = searcher.getIndexReader().maxDoc();
    if (maxDoc == 0) {
      return List.of();
    }
    // The collector allocates a queue of the requested size; more than the index holds is waste.
    ScoreDoc[] top = searcher.search(query, Math.min(limit, maxDoc)).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<SentenceHit> hits = new ArrayList<>(top.length);
    for (ScoreDoc sd : top) {
      var d = stored.document(sd.doc);
      hits.add(
          new SentenceHit(
              d.get(SentenceFields.DOC_ID),
              d.getField(SentenceFields.SENTENCE_INDEX).numericValue().intValue(),
              d.get(SentenceFields.URI),
              d.get(SentenceFields.TEXT),
              sd.score));
    }
    return hits;
  }

  /** Commits pending writes and releases the index folder. */
  @Override
  public void close() throws IOException {
    // Searchers first: they hold readers opened from the writer.
    IOUtils.close(searchers, writer, directory, analyzer);
  }
}
