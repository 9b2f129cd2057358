package dev.dyad.spark;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentFact;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.AssessmentMerger;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.ClaimPlacement;
import dev.dyad.core.claims.TopicTaxonomy;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.report.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Claims and assessments: a shuffle by merge key, then dyad-core's own mergers over each partition.
 * Events with different keys never share a claim ({@link ClaimMerger#key}), and assessment mentions
 * merge only within a topic and direction, so one merger per partition, given every event of its
 * keys, makes exactly the claims and assessments of those keys that one merger over the corpus
 * makes; the events are added in store order, so the claim ids are the store's too.
 */
final class Merges {
  private Merges() {}

  /**
   * Rows of {@code claims} and {@code claim_mentions} from every event of the corpus, each with its
   * document's head. Within a partition the events are added in the order the store ingests them
   * (document order, then the event's ordinal in its document): a claim is named by its first event
   * to arrive, so this order gives the ids the embedded store gives.
   */
  static JavaRDD<TableRow> claims(
      JavaPairRDD<String, Tuple2<Row, Head>> events,
      Broadcast<Dictionaries> dictionaries,
      Broadcast<Map<String, String>> families,
      int partitions) {
    return events
        .mapPartitionsToPair(
            rows -> {
              ClaimMerger keys = new ClaimMerger(Analyzers.get(dictionaries.value()).dictionary());
              List<Tuple2<String, Tuple2<Row, Order>>> out = new ArrayList<>();
              rows.forEachRemaining(
                  t -> {
                    Row r = t._2()._1();
                    out.add(
                        new Tuple2<>(
                            keys.key(TableRows.event(r)), new Tuple2<>(r, t._2()._2().order())));
                  });
              return out.iterator();
            })
        .partitionBy(new HashPartitioner(partitions))
        .mapPartitions(
            rows -> {
              Dictionaries d = dictionaries.value();
              List<Tuple2<Row, Order>> arriving = new ArrayList<>();
              rows.forEachRemaining(t -> arriving.add(t._2()));
              arriving.sort(
                  Comparator.comparing((Tuple2<Row, Order> t) -> t._2())
                      .thenComparingInt(t -> TableRows.integer(t._1(), Tables.EVENTS, "ordinal")));
              ClaimMerger merger = new ClaimMerger(Analyzers.get(d).dictionary());
              Map<String, String> family = families.value();
              for (Tuple2<Row, Order> t : arriving) {
                Event e = TableRows.event(t._1());
                merger.add(e, family.getOrDefault(e.docId(), e.docId()));
              }
              List<TableRow> out = new ArrayList<>();
              for (Claim c : merger.claims()) {
                claimRows(c, d.hash(), out);
              }
              return out.iterator();
            });
  }

  /**
   * Rows of {@code assessments} and {@code assessment_mentions} from every document's assessment
   * facts, each with its document's head.
   */
  static JavaRDD<TableRow> assessments(
      JavaPairRDD<String, Tuple2<Row, Head>> facts,
      Broadcast<Dictionaries> dictionaries,
      Broadcast<Map<String, String>> families,
      int partitions) {
    return facts
        .mapToPair(
            t -> {
              // The merger's own groups: a busy topic's quarters merge on different executors.
              AssessmentFact f = TableRows.assessment(t._2()._1());
              String group =
                  AssessmentMerger.group(
                      f.topic(), f.direction(), Optional.ofNullable(t._2()._2().published()));
              return new Tuple2<>(group, t._2());
            })
        .partitionBy(new HashPartitioner(partitions))
        .mapPartitions(
            rows -> {
              Dictionaries d = dictionaries.value();
              AssessmentMerger merger =
                  new AssessmentMerger(TopicTaxonomy.builtIn(), Analyzers.get(d).dictionary());
              Map<String, String> family = families.value();
              rows.forEachRemaining(
                  t -> {
                    Head h = t._2()._2();
                    merger.add(
                        TableRows.assessment(t._2()._1())
                            .mention(
                                h.docId(),
                                h.uri(),
                                family.getOrDefault(h.docId(), h.docId()),
                                Optional.ofNullable(h.published())));
                  });
              List<TableRow> out = new ArrayList<>();
              for (Assessment a : merger.assessments()) {
                assessmentRows(a, d.hash(), out);
              }
              return out.iterator();
            });
  }

  /** As the store's claim tables hold a claim. */
  private static void claimRows(Claim claim, String hash, List<TableRow> out) {
    String month = claim.firstReported().map(s -> s.substring(0, 7)).orElse(Tables.UNDATED);
    Map<String, Integer> profile = new LinkedHashMap<>();
    for (Map.Entry<Modality, Integer> e : claim.modalityProfile().entrySet()) {
      profile.put(e.getKey().label(), e.getValue());
    }
    // The store's rule, as its claim update applies it when it writes a claim.
    Optional<ClaimPlacement> placed = ClaimPlacement.of(claim.mentions(), claim.firstReported());
    out.add(
        new TableRow(
            Tables.CLAIMS,
            RowFactory.create(
                claim.claimId(),
                claim.statement(),
                claim.source().code(),
                claim.source().name(),
                claim.targetCode(), // null: a claim with no target
                claim.targetName(),
                claim.eventType().name(),
                claim.mode().orElse(null),
                claim.object().orElse(null),
                claim.status().label(),
                claim.documents(),
                claim.independentSources(),
                Json.write(profile),
                claim.firstReported().orElse(null),
                claim.lastReported().orElse(null),
                placed.map(ClaimPlacement::on).orElse(null),
                placed.map(p -> p.basis().label()).orElse(null),
                hash,
                month)));
    int ordinal = 0;
    for (ClaimMention m : claim.mentions()) {
      out.add(
          new TableRow(
              Tables.CLAIM_MENTIONS,
              RowFactory.create(
                  claim.claimId(),
                  ordinal++,
                  m.eventId(),
                  m.docId(),
                  m.familyId(),
                  m.sentenceIndex(),
                  m.modality().label(),
                  m.modalityCue().orElse(null),
                  m.published().orElse(null),
                  hash,
                  month)));
    }
  }

  /** As the store's assessment tables hold one; its month is its earliest dated mention's. */
  private static void assessmentRows(Assessment a, String hash, List<TableRow> out) {
    String month =
        AnalysisRows.month(
            a.mentions().stream()
                .map(AssessmentMention::published)
                .flatMap(Optional::stream)
                .min(java.util.Comparator.naturalOrder()));
    out.add(
        new TableRow(
            Tables.ASSESSMENTS,
            RowFactory.create(
                a.assessmentId(),
                a.topic(),
                a.direction().label(),
                Json.write(a.actors()),
                a.statement(),
                a.documents(),
                a.independentSources(),
                hash,
                month)));
    int ordinal = 0;
    for (AssessmentMention m : a.mentions()) {
      out.add(
          new TableRow(
              Tables.ASSESSMENT_MENTIONS,
              RowFactory.create(
                  a.assessmentId(),
                  ordinal++,
                  m.docId(),
                  m.familyId(),
                  m.published().orElse(null),
                  m.sentenceIndex(),
                  m.sentence(),
                  m.topic(),
                  m.direction().label(),
                  Json.write(m.actors()),
                  m.cue(),
                  m.trigger(),
                  hash,
                  month)));
    }
  }
}
