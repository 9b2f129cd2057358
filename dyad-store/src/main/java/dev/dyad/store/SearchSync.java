package dev.dyad.store;

import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Brings the sentence index in step with the store: documents the store has and the index lacks are
 * added, documents the index has and the store lacks are removed. Run after every ingest; a run
 * killed between the database commit and the index commit is repaired by the next one, so the two
 * never drift for long and re-ingesting never duplicates.
 *
 * <p>Only documents from the first missing one on (in ingest order) are read back, so an ingest
 * that adds a few documents to a large store reads a few. Documents are added on one thread and in
 * ingest order: Lucene breaks ties between equal scores by that order, so an index rebuilt from the
 * store answers exactly as the one it replaces.
 */
final class SearchSync {
  private SearchSync() {}

  /** Returns how many documents were added to the index. */
  static int sync(Connection c, SentenceIndex index) throws SQLException, IOException {
    Map<String, Long> stored = new HashMap<>();
    long lastSeq = 0;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, seq FROM documents")) {
      while (r.next()) {
        stored.put(r.getString(1), r.getLong(2));
        lastSeq = Math.max(lastSeq, r.getLong(2));
      }
    }
    Set<String> indexed = index.docIds();
    for (String id : indexed) {
      if (!stored.containsKey(id)) {
        index.delete(id);
      }
    }
    long firstMissing = Long.MAX_VALUE;
    for (Map.Entry<String, Long> e : stored.entrySet()) {
      if (!indexed.contains(e.getKey())) {
        firstMissing = Math.min(firstMissing, e.getValue());
      }
    }
    int[] added = {0};
    if (firstMissing != Long.MAX_VALUE) {
      StoredCorpus.forEach(
          c,
          firstMissing,
          false,
          (doc, events) -> {
            if (!indexed.contains(doc.id())) {
              try {
                index.add(doc);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              added[0]++;
            }
          });
    }
    // The watermark: a reader that finds documents past it knows the index is behind.
    index.commit(lastSeq);
    return added[0];
  }
}
