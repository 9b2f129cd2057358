package dev.dyad.store;

import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Brings the sentence index in step with the store: documents the store has and the index lacks
 * are added, documents the index has and the store lacks are removed. Run after every ingest; a run
 * killed between the database commit and the index commit is repaired by the next one, so the two
 * never drift for long and re-ingesting never duplicates.
 */
final class SearchSync {
  private SearchSync() {}

  /** Returns how many documents were added to the index. */
  static int sync(Connection c, SentenceIndex index) throws SQLException, IOException {
    Set<String> stored = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id FROM documents")) {
      while (r.next()) {
        stored.add(r.getString(1));
      }
    }
    Set<String> indexed = index.docIds();
    for (String id : indexed) {
      if (!stored.contains(id)) {
        index.delete(id);
      }
    }
    int[] added = {0};
    if (!indexed.containsAll(stored)) {
      StoredCorpus.forEach(c, false, (doc, events) -> {
        if (!indexed.contains(doc.id())) {
          try {
            index.add(doc);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          added[0]++;
        }
      });
    }
    index.commit();
    return added[0];
  }
}
