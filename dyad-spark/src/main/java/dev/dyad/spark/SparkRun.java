package dev.dyad.spark;

import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.report.json.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * One run of Dyad's pipeline on Spark: read every input, analyse each document with dyad-core's
 * {@link dev.dyad.core.DocumentAnalyzer}, merge source families, claims and assessments over this
 * run's documents and those earlier runs wrote for other months, and write the tables.
 *
 * <p>Phases (each a Spark job group, timed and its shuffle measured): {@code analysis} (files read
 * one task per file, documents spread over the partitions, cleaned and analysed), {@code merge}
 * (families, then a shuffle by claim key and one by topic), {@code write}.
 */
final class SparkRun {
  /**
   * What to run.
   *
   * @param inputs files and folders, any Hadoop path
   * @param output the output folder, any Hadoop path
   * @param actors a user actor dictionary on the driver's disk
   * @param partitions the partitions documents are analysed and merged in
   * @param dictionaries the dictionary set to code with ({@code --dictionaries}), its files on the
   *     driver's disk
   */
  record Settings(
      List<String> inputs,
      String output,
      Optional<Path> actors,
      long maxDocumentBytes,
      int partitions,
      DictionarySpec dictionaries) {
    /** With the built-in dictionaries. */
    Settings(
        List<String> inputs,
        String output,
        Optional<Path> actors,
        long maxDocumentBytes,
        int partitions) {
      this(inputs, output, actors, maxDocumentBytes, partitions, DictionarySpec.BUILTIN);
    }
  }

  private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK_SER();

  private final SparkSession spark;
  private final JavaSparkContext jsc;
  private final Settings settings;
  private final Consumer<Problem> report;
  private final ShuffleMeter meter = new ShuffleMeter();
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final Map<String, Double> cpu = new LinkedHashMap<>();

  private SparkRun(SparkSession spark, Settings settings, Consumer<Problem> report) {
    this.spark = spark;
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.settings = settings;
    this.report = report;
  }

  /** Runs; each data error goes to {@code report} (on the driver) as the run finds it. */
  static RunSummary run(SparkSession spark, Settings settings, Consumer<Problem> report) {
    return new SparkRun(spark, settings, report).run();
  }

  private RunSummary run() {
    spark.sparkContext().addSparkListener(meter);
    Instant started = Instant.now();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
                .withZone(ZoneOffset.UTC)
                .format(started)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    int n = settings.partitions();
    Output out = new Output(spark, settings.output());
    Configuration conf = jsc.hadoopConfiguration();

    // analysis
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    jsc.setJobGroup("analysis", "read, clean and analyse", false);
    InputFiles.Listing listing = InputFiles.list(settings.inputs(), conf);
    List<Problem> driverProblems = new ArrayList<>(listing.problems());
    List<InputFile> text = listing.files().stream().filter(f -> !f.parquet()).toList();
    List<InputFile> parquet = listing.files().stream().filter(InputFile::parquet).toList();
    List<Problem> badParquet = ParquetInputs.unreadable(parquet, conf);
    driverProblems.addAll(badParquet);
    Set<String> bad = new HashSet<>();
    badParquet.forEach(p -> bad.add(p.where()));
    parquet = parquet.stream().filter(f -> !bad.contains(f.name())).toList();
    driverProblems.forEach(report);

    Dictionaries dictionaries =
        Dictionaries.of(settings.actors(), settings.dictionaries(), settings.maxDocumentBytes());
    Broadcast<Dictionaries> dicts = jsc.broadcast(dictionaries);
    Broadcast<HadoopConf> hadoop = jsc.broadcast(new HadoopConf(conf));
    JavaRDD<Outcome> read =
        text.isEmpty()
            ? jsc.emptyRDD()
            : jsc.parallelize(text, text.size()).mapPartitions(new FileReading(hadoop, dicts));
    JavaRDD<Outcome> outcomes =
        read.union(ParquetInputs.read(spark, parquet, dicts))
            .repartition(n)
            .flatMap(new Analysis(dicts, runId, started))
            .persist(KEEP);
    JavaRDD<Problem> problems = outcomes.filter(Outcome::isProblem).map(Outcome::problem);
    // The first action runs the analysis; errors are printed from a sample, all are counted and
    // kept.
    Map<String, Long> failures = new TreeMap<>();
    problems.map(Problem::code).countByValue().forEach(failures::put);
    driverProblems.forEach(p -> failures.merge(p.code(), 1L, Long::sum));
    problems.take(200).forEach(report);
    long skipped = listing.skipped() + outcomes.map(Outcome::skipped).fold(0L, Long::sum);
    JavaRDD<Analyzed> docs = outcomes.filter(Outcome::isAnalyzed).map(Outcome::analyzed);
    long readCount = docs.count();
    seconds.put("analysis", (System.nanoTime() - t0) / 1e9);
    cpu.put("analysis", (cpuNanos() - c0) / 1e9);

    // merge
    long t1 = System.nanoTime();
    long c1 = cpuNanos();
    jsc.setJobGroup("merge", "families, claims, assessments", false);
    // Copies within the run: the first in input order stays, as dyad ingest keeps it.
    Map<String, Long> firsts =
        new HashMap<>(
            docs.mapToPair(a -> new Tuple2<>(a.docId(), new Tuple2<>(a.seq(), 1L)))
                .reduceByKey((x, y) -> new Tuple2<>(Math.min(x._1(), y._1()), x._2() + y._2()))
                .filter(t -> t._2()._2() > 1)
                .mapValues(Tuple2::_1)
                .collectAsMap());
    Broadcast<Map<String, Long>> first = jsc.broadcast(firsts);
    JavaRDD<Analyzed> unique =
        docs.filter(
            a -> {
              Long f = first.value().get(a.docId());
              return f == null || f == a.seq();
            });
    Set<String> months = new HashSet<>(unique.map(Analyzed::month).distinct().collect());

    // What earlier runs wrote for the other months takes part in the merge.
    var earlierDocs =
        out.earlier(Tables.DOCUMENTS, months)
            .select("doc_id", "uri", "published", "run_id", "seq", Tables.MONTH)
            .javaRDD()
            .persist(KEEP);
    List<String> runs = new ArrayList<>(earlierDocs.map(r -> r.getString(3)).distinct().collect());
    runs.add(runId);
    runs.sort(null);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < runs.size(); i++) {
      rank.put(runs.get(i), i);
    }
    Broadcast<Map<String, Integer>> ranks = jsc.broadcast(rank);
    JavaPairRDD<String, Head> earlierHeads =
        earlierDocs.mapToPair(
            r ->
                new Tuple2<>(
                    r.getString(0),
                    new Head(
                        new Order(ranks.value().get(r.getString(3)), r.getLong(4)),
                        r.getString(0),
                        r.getString(1),
                        (java.time.LocalDate) r.get(2),
                        r.getString(5))));
    // A document another month holds is kept there, as a store keeps what it has.
    Set<String> known =
        new HashSet<>(earlierHeads.keys().intersection(unique.map(Analyzed::docId)).collect());
    Broadcast<Set<String>> held = jsc.broadcast(known);
    JavaRDD<Analyzed> kept = unique.filter(a -> !held.value().contains(a.docId())).persist(KEEP);
    int runRank = rank.get(runId);
    JavaPairRDD<String, Head> heads =
        kept.mapToPair(a -> new Tuple2<>(a.docId(), head(a, runRank)))
            .union(earlierHeads)
            .persist(KEEP);
    JavaPairRDD<String, byte[]> signatures =
        kept.mapToPair(a -> new Tuple2<>(a.docId(), (byte[]) a.signature().get(1)))
            .union(
                out.earlier(Tables.DOCUMENT_SIGNATURES, months)
                    .javaRDD()
                    .mapToPair(r -> new Tuple2<>(r.getString(0), (byte[]) r.get(1))));
    Map<String, String> familyMap = Families.of(heads, signatures, n);
    Broadcast<Map<String, String>> families = jsc.broadcast(familyMap);

    JavaPairRDD<String, Tuple2<Row, Head>> events =
        kept.flatMap(a -> a.events().iterator())
            .union(out.earlier(Tables.EVENTS, months).javaRDD())
            .mapToPair(r -> new Tuple2<>(TableRows.string(r, Tables.EVENTS, "doc_id"), r))
            .join(heads, n);
    JavaRDD<TableRow> claimRows = Merges.claims(events, dicts, families, n).persist(KEEP);
    JavaPairRDD<String, Row> facts =
        kept.flatMapToPair(
                a -> a.assessments().stream().map(r -> new Tuple2<>(a.docId(), r)).iterator())
            .union(
                out.earlier(Tables.DOCUMENT_ASSESSMENTS, months)
                    .javaRDD()
                    .mapToPair(r -> new Tuple2<>(r.getString(0), r)));
    JavaRDD<TableRow> assessmentRows =
        Merges.assessments(facts.join(heads, n), dicts, families, n).persist(KEEP);
    long claims = claimRows.filter(r -> r.table() == Tables.CLAIMS).count();
    long assessments = assessmentRows.filter(r -> r.table() == Tables.ASSESSMENTS).count();
    long stored = kept.count();
    long eventCount = kept.map(a -> (long) a.events().size()).fold(0L, Long::sum);
    long documents = heads.count();
    seconds.put("merge", (System.nanoTime() - t1) / 1e9);
    cpu.put("merge", (cpuNanos() - c1) / 1e9);

    // write
    long t2 = System.nanoTime();
    long c2 = cpuNanos();
    jsc.setJobGroup("write", "write the tables", false);
    Set<String> withRows =
        new HashSet<>(
            kept.flatMap(
                    a ->
                        Tables.BY_DOCUMENT.stream()
                            .filter(t -> !a.rows(t).isEmpty())
                            .map(t -> t.name() + "|" + a.month())
                            .iterator())
                .distinct()
                .collect());
    for (Tables t : Tables.BY_DOCUMENT) {
      out.replaceMonths(
          t,
          t == Tables.DOCUMENTS
              ? kept.map(a -> withFamily(a.document(), families.value()))
              : kept.flatMap(a -> a.rows(t).iterator()));
      Set<String> empty = new HashSet<>(months);
      empty.removeIf(m -> withRows.contains(t.name() + "|" + m));
      out.dropMonths(t, empty);
    }
    String hash = dictionaries.hash();
    out.replace(
        Tables.FAMILIES,
        heads
            .values()
            .map(
                h ->
                    RowFactory.create(
                        h.docId(),
                        families.value().getOrDefault(h.docId(), h.docId()),
                        hash,
                        h.month())));
    for (Tables t : List.of(Tables.CLAIMS, Tables.CLAIM_MENTIONS)) {
      out.replace(t, claimRows.filter(r -> r.table() == t).map(TableRow::row));
    }
    for (Tables t : List.of(Tables.ASSESSMENTS, Tables.ASSESSMENT_MENTIONS)) {
      out.replace(t, assessmentRows.filter(r -> r.table() == t).map(TableRow::row));
    }
    long familyCount = documents - familyMap.size();
    RunSummary summary =
        new RunSummary(
            runId,
            readCount,
            stored,
            readCount - stored,
            skipped,
            failures,
            eventCount,
            claims,
            assessments,
            familyCount,
            months.stream().sorted().toList(),
            seconds,
            cpu,
            Map.of());
    RunTables.append(out, spark, summary, started, settings.inputs(), dictionaries);
    out.append(
        RunTables.PROBLEMS,
        problems
            .union(jsc.parallelize(driverProblems, 1))
            .map(p -> RowFactory.create(runId, p.code(), p.where(), p.message())),
        RunTables.PROBLEMS_DIR);
    seconds.put("write", (System.nanoTime() - t2) / 1e9);
    cpu.put("write", (cpuNanos() - c2) / 1e9);
    outcomes.unpersist(false);
    kept.unpersist(false);
    heads.unpersist(false);
    earlierDocs.unpersist(false);
    claimRows.unpersist(false);
    assessmentRows.unpersist(false);
    return new RunSummary(
        summary.runId(),
        summary.read(),
        summary.stored(),
        summary.alreadyStored(),
        summary.skipped(),
        summary.failures(),
        summary.events(),
        summary.claims(),
        summary.assessments(),
        summary.families(),
        summary.months(),
        seconds,
        cpu,
        shuffles());
  }

  /**
   * CPU time of this JVM: in local mode the executors' too, so documents per CPU second is the
   * per-core rate even on a machine other jobs share (wall time there measures the sharing).
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static Head head(Analyzed a, int runRank) {
    Row d = a.document();
    return new Head(
        new Order(runRank, a.seq()),
        a.docId(),
        d.getString(2),
        (java.time.LocalDate) d.get(5),
        a.month());
  }

  /** The document row with its source family. */
  private static Row withFamily(Row document, Map<String, String> families) {
    Object[] values = new Object[document.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = document.get(i);
    }
    String id = document.getString(0);
    values[Tables.DOCUMENTS.schema().fieldIndex("family_id")] = families.getOrDefault(id, id);
    return RowFactory.create(values);
  }

  /** Shuffle bytes by phase, once the listener has heard of every finished stage. */
  private Map<String, Long> shuffles() {
    long before = -1;
    for (int i = 0; i < 50 && meter.stagesCompleted() != before; i++) {
      before = meter.stagesCompleted();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String phase : List.of("analysis", "merge", "write")) {
      bytes.put(phase, meter.bytes(phase));
    }
    return bytes;
  }

  static String json(Object value) {
    return Json.write(value);
  }
}
