package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety rests on this: rows appended after {@link Appender#begin} belong to that
 * transaction. (Without a statement first, DuckDB JDBC 2.0 commits appended rows on their own.)
 */
class AppenderTransactionTest {
  @TempDir Path dir;

  @Test
  void appendedRowsCommitAndRollBackWithTheTransaction() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("a.db"))) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR)");
      }
      Appender.begin(c);
      append(c, 1, 2);
      c.rollback();
      assertThat(count(c)).isZero();
      c.setAutoCommit(true);
      Appender.begin(c);
      append(c, 3, 4);
      c.commit();
      c.setAutoCommit(true);
      assertThat(count(c)).isEqualTo(2);
    }
  }

  private static void append(Connection c, int... ids) throws Exception {
    try (Appender a = Appender.of(c, "t")) {
      for (int id : ids) {
        a.row().add(id).add("n" + id).end();
      }
    }
  }

  private static long count(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
      r.next();
      return r.getLong(1);
    }
  }
}
