package dev.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.Source;
import dev.dyad.core.model.RawDocument;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Parquet inputs: each row is an article with the fields of the JSON Lines format ({@code url},
 * {@code title}, {@code published} or {@code date}, {@code text} or {@code html}; other columns are
 * kept as metadata). Spark reads the files (any Hadoop path, split by row group); each row is
 * turned into one JSON line and read by dyad-core's JSON Lines reader, so the two formats mean the
 * same. A row's origin is {@code file.parquet row N}.
 */
final class ParquetInputs {
  private ParquetInputs() {}

  /**
   * The files whose footer cannot be read (not Parquet, truncated), as problems: Spark would fail
   * the whole job on them, so they are counted and left out first.
   */
  static List<Problem> unreadable(List<InputFile> files, Configuration conf) {
    List<Problem> bad = new ArrayList<>();
    for (InputFile f : files) {
      try (ParquetFileReader r =
          ParquetFileReader.open(HadoopInputFile.fromPath(new Path(f.path()), conf))) {
        r.getFooter();
      } catch (IOException | RuntimeException e) {
        bad.add(
            new Problem("UNREADABLE", f.name(), "not a readable Parquet file: " + e.getMessage()));
      }
    }
    return bad;
  }

  static JavaRDD<Outcome> read(
      SparkSession spark, List<InputFile> files, Broadcast<Dictionaries> dictionaries) {
    if (files.isEmpty()) {
      return JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD();
    }
    Dataset<Row> table =
        spark
            .read()
            .option("mergeSchema", "true")
            .parquet(files.stream().map(InputFile::path).toArray(String[]::new));
    Column[] columns =
        Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
    Dataset<Row> lines =
        table.select(
            col("_metadata.file_path"), col("_metadata.row_index"), to_json(struct(columns)));
    Map<String, InputFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(key(f.path()), f));
    Rows rows = new Rows(byPath, dictionaries);
    return lines.javaRDD().flatMap(r -> rows.read(r.getString(0), r.getLong(1), r.getString(2)));
  }

  /** The same file named by a listing and by Spark's {@code _metadata.file_path}. */
  private static String key(String path) {
    return new Path(URI.create(path.replace(" ", "%20"))).toUri().getPath();
  }

  /** Reads one row on an executor. */
  private record Rows(Map<String, InputFile> byPath, Broadcast<Dictionaries> dictionaries)
      implements Serializable {
    java.util.Iterator<Outcome> read(String filePath, long row, String json) {
      InputFile f = byPath.get(key(filePath));
      // Read as a one-line JSON Lines file; its origin "NAME.jsonl line 1" becomes "NAME row N".
      String lineName = f.name() + ".jsonl";
      String prefix = lineName + " line 1";
      String where = f.name() + " row " + (row + 1);
      ProblemQueue queue =
          new ProblemQueue(w -> w.startsWith(prefix) ? where + w.substring(prefix.length()) : w);
      List<Outcome> out = new ArrayList<>();
      Source source = Source.bytes(lineName, json.getBytes(StandardCharsets.UTF_8));
      // Quirk: the JSON Lines reader itself, not Ingest.read, so a very long text is one document
      // (not cut into parts): a row has one place in input order.
      try (Stream<RawDocument> docs =
          Ingest.readerFor(lineName)
              .orElseThrow()
              .read(source, dictionaries.value().ingestOptions(), queue.problems())) {
        for (RawDocument d : (Iterable<RawDocument>) docs::iterator) {
          String origin =
              d.origin().startsWith(prefix)
                  ? where + d.origin().substring(prefix.length())
                  : d.origin();
          String uri =
              d.uri().startsWith(prefix) ? where + d.uri().substring(prefix.length()) : d.uri();
          RawDocument fixed =
              new RawDocument(
                  uri, origin, d.type(), d.body(), d.title(), d.published(), d.metadata());
          out.add(Outcome.of(RawRecord.of(f.seq(row), fixed)));
        }
      }
      while (!queue.isEmpty()) {
        out.add(queue.next());
      }
      return out.iterator();
    }
  }
}
