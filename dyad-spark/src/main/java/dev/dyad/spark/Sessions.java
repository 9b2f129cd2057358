package dev.dyad.spark;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** The Spark session a run needs: the settings its tables and dates rely on. */
final class Sessions {
  private Sessions() {}

  /**
   * A session on {@code master}; without one, spark-submit's, else {@code local[*]} (in this
   * process, no Spark installation needed).
   */
  static SparkSession start(Optional<String> master) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("dyad")
            // Dates and times as java.time values, as dyad-core has them.
            .config("spark.sql.datetime.java8API.enabled", "true")
            // A month folder such as month=2024-10 stays a string.
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    if (master.isPresent()) {
      builder.master(master.get());
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    if (System.getProperty("spark.ui.enabled") == null) {
      builder.config("spark.ui.enabled", "false");
    }
    return builder.getOrCreate();
  }
}
