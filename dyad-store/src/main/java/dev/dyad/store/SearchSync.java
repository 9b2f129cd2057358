package dev.dyad.store;

import dev.dyad.store.search.SentenceIndex;
import dev.dyad.store.search.SentenceIndex.SyncState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Brings the sentence index in step with the store: documents the store has and the index lacks are
 * added, documents the index has and the store lacks are removed. Run after every ingest; a run
 * killed between the database commit and the index commit is repaired by the next one, so the two
 * never drift for long and re-ingesting never duplicates.
 *
 * <p>Each sync records with its commit how far the index follows the store ({@link SyncState}: the
 * last document's sequence number and id, and how many documents go up to it). Documents are only
 * ever appended, so when the store still has exactly those documents up to that point, the sync
 * reads only the documents after it: an ingest of a thousand documents into a store of a million
 * reads a thousand, not a million ids. Otherwise (no state, a state the store contradicts: another
 * store's index, a restored copy, an index written outside a sync) it compares every id, and reads
 * back documents from the first missing one on. Documents are added on one thread and in ingest
 * order: Lucene breaks ties between equal scores by that order, so an index rebuilt from the store
 * answers exactly as the one it replaces.
 */
final class SearchSync {
  private SearchSync() {}

  /** Returns how many documents were added to the index. */
  static int sync(Connection c, SentenceIndex index) throws SQLException, IOException {
    SyncState now = storeState(c);
    Optional<SyncState> last = index.syncState();
    int added;
    if (last.isPresent() && stillHolds(c, last.get())) {
      added = addFrom(c, index, last.get().documentsSeq() + 1, id -> true);
    } else {
      added = reconcile(c, index);
    }
    // The watermark: a reader that finds documents past it knows the index is behind.
    index.commit(now);
    return added;
  }

  /** Where the store stands: its last document and how many it has. */
  private static SyncState storeState(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), coalesce(max(seq), 0), coalesce(arg_max(doc_id, seq), '')"
                    + " FROM documents")) {
      r.next();
      return new SyncState(r.getLong(2), r.getLong(1), r.getString(3));
    }
  }

  /** Whether the store's documents up to the state's last are still the ones it counted. */
  private static boolean stillHolds(Connection c, SyncState state) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT count(*), coalesce(max(CASE WHEN seq = ? THEN doc_id END), '')"
                + " FROM documents WHERE seq <= ?")) {
      p.setLong(1, state.documentsSeq());
      p.setLong(2, state.documentsSeq());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1) == state.documents() && r.getString(2).equals(state.lastDocId());
      }
    }
  }

  /**
   * Compares every stored id with every indexed one, both read in id order and walked side by side
   * (a merge), so that neither side's ids are held in memory: at a million documents two full sets
   * of ids took some 250 MB of heap. Ids only the index has are deleted; the store's documents from
   * the first one the index lacks are read back, and those still missing are added.
   */
  private static int reconcile(Connection c, SentenceIndex index) throws SQLException, IOException {
    List<String> unstored = new ArrayList<>();
    long[] firstMissing = {Long.MAX_VALUE};
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, seq FROM documents ORDER BY doc_id")) {
      StoredIds stored = new StoredIds(r);
      index.forEachDocId(
          indexed -> {
            // Stored ids before this indexed one are missing from the index.
            while (stored.current() != null && before(stored.current(), indexed)) {
              firstMissing[0] = Math.min(firstMissing[0], stored.seq());
              stored.next();
            }
            if (stored.current() != null && stored.current().equals(indexed)) {
              stored.next();
            } else {
              unstored.add(indexed);
            }
          });
      for (; stored.current() != null; stored.next()) {
        firstMissing[0] = Math.min(firstMissing[0], stored.seq());
      }
    }
    for (String id : unstored) {
      index.delete(id);
    }
    if (firstMissing[0] == Long.MAX_VALUE) {
      return 0;
    }
    // The searcher sees the last commit: the deletions above do not touch the stored ids asked.
    return addFrom(
        c,
        index,
        firstMissing[0],
        id -> {
          try {
            return !index.contains(id);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Whether {@code a} comes before {@code b} in the order of their UTF-8 bytes. */
  private static boolean before(String a, String b) {
    return java.util.Arrays.compareUnsigned(
            a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            b.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        < 0;
  }

  /** A cursor over the store's ids in id order. */
  private static final class StoredIds {
    private final ResultSet rows;
    private String current;
    private long seq;

    StoredIds(ResultSet rows) {
      this.rows = rows;
      next();
    }

    String current() {
      return current;
    }

    long seq() {
      return seq;
    }

    void next() {
      try {
        if (rows.next()) {
          current = rows.getString(1);
          seq = rows.getLong(2);
        } else {
          current = null;
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Indexes the stored documents from {@code seq} on that {@code wanted} accepts. */
  private static int addFrom(Connection c, SentenceIndex index, long seq, Predicate<String> wanted)
      throws SQLException {
    int[] added = {0};
    StoredCorpus.forEach(
        c,
        seq,
        false,
        (doc, events) -> {
          if (wanted.test(doc.id())) {
            try {
              index.add(doc);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            added[0]++;
          }
        });
    return added[0];
  }
}
