package dev.dyad.store.analytics;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How a {@link dev.dyad.store.Store} lends its connection to the analytics, read by read, without
 * making it public: the store runs each read and turns an SQL failure into its own exception.
 */
@FunctionalInterface
public interface SqlReads {
  /** Runs {@code read} on the store's connection; {@code what} names it in an error. */
  <T> T read(String what, Read<T> read);

  /** One read over the store's JDBC connection. */
  @FunctionalInterface
  interface Read<T> {
    T apply(Connection connection) throws SQLException;
  }
}
