package dev.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk rows through DuckDB's appender: tens of times faster than a batch of prepared INSERTs, which
 * DuckDB executes one by one. An appender fills every column of a table in the table's order, so
 * the writers that use it and the migrations must agree ({@code StoreTest} checks).
 *
 * <p>Appended rows belong to the connection's open transaction only once a statement has run in it
 * (the driver begins transactions lazily); {@link #begin} runs one, so always start a transaction
 * there before appending ({@code AppenderTransactionTest} checks the premise).
 */
final class Appender implements AutoCloseable {
  private final DuckDBAppender appender;

  private Appender(DuckDBAppender appender) {
    this.appender = appender;
  }

  /** Starts a transaction that appended rows will belong to. */
  static void begin(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT 1");
    }
  }

  static Appender of(Connection c, String table) throws SQLException {
    return new Appender(
        c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table));
  }

  /** An appender to a temporary table (DuckDB keeps them in the catalog {@code temp}). */
  static Appender ofTemporary(Connection c, String table) throws SQLException {
    return new Appender(
        c.unwrap(DuckDBConnection.class)
            .createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, table));
  }

  Appender row() throws SQLException {
    appender.beginRow();
    return this;
  }

  void end() throws SQLException {
    appender.endRow();
  }

  Appender add(String value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
    return this;
  }

  Appender add(byte[] value) throws SQLException {
    appender.append(value);
    return this;
  }

  Appender add(Optional<String> value) throws SQLException {
    return add(value.orElse(null));
  }

  Appender add(int value) throws SQLException {
    appender.append(value);
    return this;
  }

  Appender add(long value) throws SQLException {
    appender.append(value);
    return this;
  }

  Appender add(double value) throws SQLException {
    appender.append(value);
    return this;
  }

  Appender add(boolean value) throws SQLException {
    appender.append(value);
    return this;
  }

  Appender date(Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      appender.append(value.get());
    } else {
      appender.appendNull();
    }
    return this;
  }

  Appender timestamp(LocalDateTime value) throws SQLException {
    appender.append(value);
    return this;
  }

  /**
   * Hands the rows to DuckDB (within the open transaction); errors such as a duplicate key surface
   * here.
   */
  @Override
  public void close() throws SQLException {
    try {
      appender.flush();
    } finally {
      appender.close();
    }
  }
}
