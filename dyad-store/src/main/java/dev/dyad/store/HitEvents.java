package dev.dyad.store;

import dev.dyad.core.coding.Event;
import dev.dyad.store.search.SentenceHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored events of the sentences a search found, read in one query per few hundred documents
 * rather than one per hit: a query costs DuckDB milliseconds, which made a search of 20 hits a
 * hundred times slower than the index lookup.
 */
final class HitEvents {
  /** Documents per query: a long IN list costs more to plan than it saves. */
  private static final int CHUNK = 500;

  private HitEvents() {}

  /** Each hit with its events in the coder's order, hits in the given order. */
  static List<SearchHit> of(Connection c, List<SentenceHit> hits) throws SQLException {
    Set<String> docs = new LinkedHashSet<>();
    hits.forEach(h -> docs.add(h.docId()));
    Map<String, List<Event>> bySentence = new HashMap<>();
    List<String> all = List.copyOf(docs);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT * FROM events WHERE doc_id IN ("
                  + marks
                  + ") ORDER BY doc_id, sentence_index, ordinal")) {
        for (int i = 0; i < chunk.size(); i++) {
          p.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Event e = EventRows.event(r);
            bySentence
                .computeIfAbsent(key(e.docId(), e.sentenceIndex()), k -> new ArrayList<>())
                .add(e);
          }
        }
      }
    }
    List<SearchHit> out = new ArrayList<>(hits.size());
    for (SentenceHit h : hits) {
      out.add(
          new SearchHit(h, bySentence.getOrDefault(key(h.docId(), h.sentenceIndex()), List.of())));
    }
    return out;
  }

  private static String key(String docId, int sentenceIndex) {
    return docId + "#" + sentenceIndex;
  }
}
