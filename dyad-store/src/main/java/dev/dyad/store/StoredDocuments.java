package dev.dyad.store;

import dev.dyad.report.brief.StoredDocument;
import dev.dyad.report.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads documents back as {@link StoredDocument}s, with their sentence counts. */
final class StoredDocuments {
  private StoredDocuments() {}

  /**
   * Documents with an event whose source or target starts with one of {@code codes}, or voicing an
   * assessment that names one; every document when {@code codes} is empty. In ingest order.
   */
  static List<StoredDocument> about(Connection c, List<String> codes) throws SQLException {
    List<String> params = new ArrayList<>();
    String about = "SELECT doc_id FROM documents";
    if (!codes.isEmpty()) {
      List<String> clauses = new ArrayList<>();
      for (String code : codes) {
        clauses.add("starts_with(source_code, ?) OR starts_with(target_code, ?)");
        params.add(code);
        params.add(code);
      }
      List<String> named = new ArrayList<>();
      for (String code : codes) {
        // actors is a JSON array of codes: a prefix match is a match after an opening quote.
        named.add("a.actors LIKE ?");
        params.add("%\"" + code.replace("%", "").replace("_", "") + "%");
      }
      about =
          "SELECT doc_id FROM events WHERE "
              + String.join(" OR ", clauses)
              + " UNION SELECT m.doc_id FROM assessment_mentions m JOIN assessments a USING (assessment_id) WHERE "
              + String.join(" OR ", named);
    }
    // Counts only over the chosen documents: a brief on one dyad reads what names it, not the
    // store.
    String sql =
        "WITH about AS ("
            + about
            + "),"
            + " counted AS (SELECT s.doc_id, count(*) AS n FROM sentences s JOIN about USING (doc_id) GROUP BY s.doc_id),"
            + " speculative AS (SELECT doc_id, count(*) AS n FROM ("
            + "SELECT e.doc_id, e.sentence_index FROM events e JOIN about USING (doc_id)"
            + " WHERE e.modality IN ('speculative', 'conditional')"
            + " UNION SELECT m.doc_id, m.sentence_index FROM assessment_mentions m JOIN about USING (doc_id)) GROUP BY doc_id)"
            + " SELECT d.doc_id, d.uri, d.title, d.published, d.published_alternatives, d.family_id, d.warnings,"
            + " coalesce(counted.n, 0) AS sentences, coalesce(speculative.n, 0) AS speculative_sentences"
            + " FROM documents d JOIN about USING (doc_id) LEFT JOIN counted USING (doc_id)"
            + " LEFT JOIN speculative USING (doc_id) ORDER BY d.seq";
    List<StoredDocument> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setString(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String docId = r.getString("doc_id");
          out.add(
              new StoredDocument(
                  docId,
                  r.getString("uri"),
                  Sql.string(r, "title"),
                  Sql.date(r, "published"),
                  Json.stringList(r.getString("published_alternatives")).stream()
                      .map(LocalDate::parse)
                      .toList(),
                  Optional.ofNullable(r.getString("family_id")).orElse(docId),
                  Json.stringList(r.getString("warnings")),
                  r.getInt("sentences"),
                  r.getInt("speculative_sentences")));
        }
      }
    }
    return out;
  }
}
