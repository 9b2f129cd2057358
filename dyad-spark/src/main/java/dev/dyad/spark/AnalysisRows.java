package dev.dyad.spark;

import dev.dyad.core.DocumentAnalysis;
import dev.dyad.core.actors.Actor;
import dev.dyad.core.actors.SentenceActor;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Warning;
import dev.dyad.report.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A document's analysis as table rows, value for value what the store writes for it (its {@code
 * DocumentRows}, {@code EventRows}, {@code ActorMentionRows} and {@code FactRows}), so that an
 * imported Spark run and an ingested store hold the same rows.
 */
final class AnalysisRows {
  private AnalysisRows() {}

  /** What a run stamps on every row. */
  record Stamp(String runId, Instant at, Dictionaries dictionaries) {}

  static Analyzed of(long seq, Document d, String raw, DocumentAnalysis a, Stamp stamp) {
    String hash = stamp.dictionaries().hash();
    String month = month(d.published().date());
    String id = d.id();
    PublicationDate pub = d.published();
    Row document =
        RowFactory.create(
            id,
            seq,
            d.uri(),
            d.origin(),
            d.title().orElse(null),
            pub.date().orElse(null),
            Json.write(pub.alternatives().stream().map(LocalDate::toString).toList()),
            pub.basis().name().toLowerCase(Locale.ROOT),
            pub.evidence(),
            null, // family_id: known after the merge
            raw,
            d.text(),
            Json.write(d.warnings().stream().map(Warning::message).toList()),
            Json.write(d.metadata()),
            stamp.at(),
            stamp.runId(),
            hash,
            month);
    List<Row> sentences = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      sentences.add(
          RowFactory.create(
              id,
              s.index(),
              s.text(),
              s.start(),
              s.end(),
              s.block(),
              s.kind().name(),
              hash,
              month));
    }
    return new Analyzed(
        seq,
        id,
        month,
        document,
        sentences,
        events(a.events(), stamp, month),
        actors(id, a.actors(), hash, month),
        RowFactory.create(id, a.familySignature().toBytes(), hash, month),
        assessments(id, a.assessments(), hash, month));
  }

  /** The partition of a date: {@code 2024-10}, or {@link Tables#UNDATED}. */
  static String month(Optional<LocalDate> date) {
    return date.map(d -> d.toString().substring(0, 7)).orElse(Tables.UNDATED);
  }

  /** A repeated event id is the same event: the first is kept, as the store keeps it. */
  private static List<Row> events(List<Event> events, Stamp stamp, String month) {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int ordinal = 0;
    for (Event e : events) {
      if (!seen.add(e.eventId())) {
        continue;
      }
      rows.add(
          RowFactory.create(
              e.eventId(),
              e.docId(),
              ordinal++,
              e.docUri(),
              e.published().orElse(null),
              e.sentenceIndex(),
              e.sentence(),
              e.span().start(),
              e.span().end(),
              e.source().code(),
              e.source().text(),
              e.targetCode(), // null: an event with no target
              e.targetText(),
              e.eventType().name(),
              e.mode().orElse(null),
              e.cameo(),
              e.quadClass(),
              e.intensity(),
              e.modality().label(),
              e.modalityCue().orElse(null),
              e.date().orElse(null),
              e.dateBasis().name().toLowerCase(Locale.ROOT),
              e.historical(),
              e.pattern(),
              e.confidence(),
              e.object().orElse(null),
              stamp.dictionaries().coderVersion(),
              stamp.dictionaries().coderHash(),
              stamp.dictionaries().spec(),
              stamp.dictionaries().setHash(),
              month));
    }
    return rows;
  }

  private static List<Row> actors(
      String docId, List<SentenceActor> actors, String hash, String month) {
    List<Row> rows = new ArrayList<>();
    int sentence = -1;
    int ordinal = 0;
    for (SentenceActor s : actors) {
      if (s.sentenceIndex() != sentence) {
        sentence = s.sentenceIndex();
        ordinal = 0;
      }
      Actor actor = s.mention().actor();
      rows.add(
          RowFactory.create(
              docId,
              s.sentenceIndex(),
              ordinal++,
              s.mention().start(),
              s.mention().end(),
              s.mention().text(),
              actor.code(),
              actor.country().isEmpty() ? actor.code() : actor.country(),
              actor.kind().name().toLowerCase(Locale.ROOT),
              hash,
              month));
    }
    return rows;
  }

  private static List<Row> assessments(
      String docId, List<AssessmentFact> facts, String hash, String month) {
    List<Row> rows = new ArrayList<>();
    int ordinal = 0;
    for (AssessmentFact a : facts) {
      rows.add(
          RowFactory.create(
              docId,
              ordinal++,
              a.sentenceIndex(),
              a.sentence(),
              a.topic(),
              a.direction().label(),
              Json.write(a.actors()),
              a.cue(),
              a.trigger(),
              hash,
              month));
    }
    return rows;
  }
}
