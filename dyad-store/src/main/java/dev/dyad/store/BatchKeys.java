package dev.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * A batch's keys in a one-column temporary table, for joining them to a large table inside DuckDB
 * (which then filters the large table's scan by them) instead of holding the large table's keys in
 * Java. Dropped on close.
 */
final class BatchKeys implements AutoCloseable {
  private final Connection c;
  private final String table;

  private BatchKeys(Connection c, String table) {
    this.c = c;
    this.table = table;
  }

  /** {@code table (column VARCHAR)} holding {@code keys}. */
  static BatchKeys ofStrings(Connection c, String table, String column, Collection<String> keys)
      throws SQLException {
    create(c, table, column + " VARCHAR");
    try (Appender a = Appender.ofTemporary(c, table)) {
      for (String key : keys) {
        a.row().add(key).end();
      }
    }
    return new BatchKeys(c, table);
  }

  private static void create(Connection c, String table, String column) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMPORARY TABLE " + table + " (" + column + ")");
    }
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
    }
  }
}
