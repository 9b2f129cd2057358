package dev.dyad.store;

import dev.dyad.core.DocumentFacts;
import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.claims.FamilySignature;
import dev.dyad.report.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@link DocumentFacts} to rows of {@code document_signatures} and {@code document_assessments} and
 * back.
 */
final class FactRows {
  private FactRows() {}

  /** Appends the facts of one document: its signature row and one row per assessment mention. */
  static void append(Appender signatures, Appender assessments, DocumentFacts facts)
      throws SQLException {
    String docId = facts.docId();
    signatures.row().add(docId).add(facts.signature().toBytes()).end();
    int ordinal = 0;
    for (AssessmentFact a : facts.assessments()) {
      assessments
          .row()
          .add(docId)
          .add(ordinal++)
          .add(a.sentenceIndex())
          .add(a.sentence())
          .add(a.topic())
          .add(a.direction().label())
          .add(Json.write(a.actors()))
          .add(a.cue())
          .add(a.trigger())
          .end();
    }
  }

  static FamilySignature signature(ResultSet r) throws SQLException {
    return FamilySignature.fromBytes(r.getBytes("signature"));
  }

  static AssessmentFact assessment(ResultSet r) throws SQLException {
    return new AssessmentFact(
        r.getInt("sentence_index"),
        r.getString("sentence"),
        r.getString("topic"),
        Assessment.Direction.valueOf(r.getString("direction").toUpperCase(Locale.ROOT)),
        Json.stringList(r.getString("actors")),
        r.getString("cue"),
        r.getString("trigger_words"));
  }
}
