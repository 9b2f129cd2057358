package dev.dyad.spark;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for a test class: two worker threads, as the machine has two cores. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return Sessions.start(Optional.of("local[2]"));
  }
}
