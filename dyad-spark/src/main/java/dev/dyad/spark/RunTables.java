package dev.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import dev.dyad.report.json.Json;
import java.time.Instant;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The two tables every run adds to: {@code runs} (one row per run, the store's {@code ingest_runs}
 * columns and what the run replaced) and {@code problems} (every data error, by run).
 */
final class RunTables {
  static final String RUNS_DIR = "runs";
  static final String PROBLEMS_DIR = "problems";

  static final StructType RUNS =
      schema(
          "run_id S",
          "command S",
          "started T",
          "finished T",
          "inputs S",
          "documents_read L",
          "documents_new L",
          "already_stored L",
          "skipped L",
          "failed L",
          "events L",
          "status S",
          "months S",
          "claims L",
          "assessments L",
          "coder_version S",
          "dictionary_hash S",
          "dictionaries S",
          "dictionaries_hash S");

  static final StructType PROBLEMS = schema("run_id S", "code S", "location S", "message S");

  private RunTables() {}

  static void append(
      Output out,
      SparkSession spark,
      RunSummary s,
      Instant started,
      List<String> inputs,
      Dictionaries d) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    out.append(
        RUNS,
        jsc.parallelize(
            List.of(
                RowFactory.create(
                    s.runId(),
                    "spark",
                    started,
                    Instant.now(),
                    Json.write(inputs),
                    s.read(),
                    s.stored(),
                    s.alreadyStored(),
                    s.skipped(),
                    s.failed(),
                    s.events(),
                    "done",
                    Json.write(s.months()),
                    s.claims(),
                    s.assessments(),
                    d.coderVersion(),
                    d.hash(),
                    d.spec(),
                    d.setHash())),
            1),
        RUNS_DIR);
  }

  private static StructType schema(String... columns) {
    StructField[] fields = new StructField[columns.length];
    for (int i = 0; i < columns.length; i++) {
      String[] p = columns[i].split(" ");
      fields[i] =
          DataTypes.createStructField(
              p[0],
              switch (p[1]) {
                case "L" -> LongType;
                case "T" -> TimestampType;
                default -> StringType;
              },
              true);
    }
    return DataTypes.createStructType(fields);
  }
}
