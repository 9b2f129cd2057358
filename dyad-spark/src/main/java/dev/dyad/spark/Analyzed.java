package dev.dyad.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One document analysed on an executor, as the rows of the tables it goes into (in {@link Tables}
 * order, its family not yet known), with its place in input order.
 *
 * @param seq its place in input order ({@link InputFile#seq})
 * @param docId its id
 * @param month its partition: publication month or {@link Tables#UNDATED}
 * @param document its row of {@code documents}, {@code family_id} still null
 * @param signature its row of {@code document_signatures}
 */
record Analyzed(
    long seq,
    String docId,
    String month,
    Row document,
    List<Row> sentences,
    List<Row> events,
    List<Row> actors,
    Row signature,
    List<Row> assessments)
    implements Serializable {

  /** Its rows of one of the tables written month by month. */
  List<Row> rows(Tables table) {
    return switch (table) {
      case DOCUMENTS -> List.of(document);
      case SENTENCES -> sentences;
      case EVENTS -> events;
      case ACTOR_MENTIONS -> actors;
      case DOCUMENT_SIGNATURES -> List.of(signature);
      case DOCUMENT_ASSESSMENTS -> assessments;
      default -> throw new IllegalArgumentException(table + " is not written per document");
    };
  }
}
