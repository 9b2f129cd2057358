package dev.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The output folder: one Parquet table per folder ({@link Tables}), partitioned by month. Tables of
 * documents are written with dynamic partition overwrite, so a run replaces the months its
 * documents fall in and leaves the others; the merged tables are rewritten whole.
 */
final class Output {
  private final SparkSession spark;
  private final String root;

  Output(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  String path(String dir) {
    return root + "/" + dir;
  }

  boolean exists(String dir) {
    try {
      Path p = new Path(path(dir));
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the output " + path(dir), e);
    }
  }

  /** The rows an earlier run wrote outside {@code months}; none when the table is absent. */
  Dataset<Row> earlier(Tables table, Set<String> months) {
    if (!exists(table.dir())) {
      return spark.createDataFrame(java.util.List.of(), table.schema());
    }
    Column[] columns =
        Arrays.stream(table.schema().fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> all = spark.read().schema(table.schema()).parquet(path(table.dir()));
    Dataset<Row> kept =
        months.isEmpty() ? all : all.where(col(Tables.MONTH).isin(months.toArray()).unary_$bang());
    return kept.select(columns);
  }

  /** Replaces the months present in {@code rows}, keeping the others. */
  void replaceMonths(Tables table, JavaRDD<Row> rows) {
    write(table.schema(), rows, table.dir(), true);
  }

  /**
   * Empties the given months of a table: a month this run replaced but wrote no row of this table
   * for (a re-coded month whose documents no longer voice an assessment), which dynamic overwrite,
   * replacing only the months it writes, would leave as they were.
   */
  void dropMonths(Tables table, Set<String> months) {
    try {
      for (String month : months) {
        Path p = new Path(path(table.dir()) + "/" + Tables.MONTH + "=" + month);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(p)) {
          fs.delete(p, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace months of " + path(table.dir()), e);
    }
  }

  /** Replaces the whole table. */
  void replace(Tables table, JavaRDD<Row> rows) {
    write(table.schema(), rows, table.dir(), false);
  }

  /** Adds rows to a table of runs or problems. */
  void append(StructType schema, JavaRDD<Row> rows, String dir) {
    spark
        .createDataFrame(rows, schema)
        .coalesce(1)
        .write()
        .mode(SaveMode.Append)
        .parquet(path(dir));
  }

  private void write(StructType schema, JavaRDD<Row> rows, String dir, boolean dynamic) {
    spark
        .createDataFrame(rows, schema)
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", dynamic ? "dynamic" : "static")
        .partitionBy(Tables.MONTH)
        .parquet(path(dir));
  }
}
