package dev.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * When DuckDB checkpoints during a bulk write. By default it checkpoints whenever its write-ahead
 * log passes 16 MB, which during an ingest is every few batches; each checkpoint rewrites the
 * tables' open row groups and their indexes, so most of the writer's time went there (four times
 * the appends at 80,000 rows). A bulk write lets the log grow to {@link #BULK_THRESHOLD} and
 * checkpoints once when it ends. Durability is unchanged: every commit is in the log, which the
 * next open replays after a crash.
 */
final class Checkpoints {
  /** How large the log may grow during a bulk write before DuckDB checkpoints anyway. */
  static final String BULK_THRESHOLD = "1GB";

  private Checkpoints() {}

  /**
   * Defers checkpoints; call {@link #endBulk} after the write, or {@link #endBulkAfter} when it
   * failed.
   */
  static void beginBulk(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET checkpoint_threshold = '" + BULK_THRESHOLD + "'");
    }
  }

  /** Checkpoints what the bulk write logged and restores the default threshold. */
  static void endBulk(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("RESET checkpoint_threshold");
      s.execute("CHECKPOINT");
    }
  }

  /**
   * {@link #endBulk} after a write that failed with {@code failure}, which stays the one thrown.
   */
  static void endBulkAfter(Connection c, Exception failure) {
    try {
      endBulk(c);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
