package dev.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations from {@code migrations/V<n>__<name>.sql} resources, listed in {@code
 * migrations/index.txt}. Each applies once, in its own transaction together with its row in {@code
 * schema_version}, so a crash leaves either the old schema or the new one.
 */
final class Migrations {
  private static final String DIR = "migrations/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  /** One migration file. */
  record Migration(int version, String name, String sql) {}

  private Migrations() {}

  /** Applies the migrations not yet recorded; returns how many were applied. */
  static int apply(Connection c) throws SQLException {
    return apply(c, Integer.MAX_VALUE);
  }

  /**
   * Applies the migrations not yet recorded up to version {@code upTo} (a store as an older build
   * left it, for tests); returns how many were applied.
   *
   * @throws SQLException if a version the store recorded has another name than this build's (a
   *     store written by a development build whose migrations were numbered otherwise): applying
   *     the rest would skip one
   */
  static int apply(Connection c, int upTo) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
              + " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
    }
    int current = current(c);
    checkRecordedNames(c);
    int applied = 0;
    for (Migration m : all()) {
      if (m.version() <= current || m.version() > upTo) {
        continue;
      }
      c.setAutoCommit(false);
      try {
        for (String statement : statements(m.sql())) {
          try (Statement s = c.createStatement()) {
            s.execute(statement);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
          p.setInt(1, m.version());
          p.setString(2, m.name());
          p.executeUpdate();
        }
        c.commit();
        applied++;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw new SQLException(
            "migration V" + m.version() + " (" + m.name() + ") failed: " + e.getMessage(), e);
      } finally {
        c.setAutoCommit(true);
      }
    }
    return applied;
  }

  /** Fails when a recorded version's name is not this build's migration of that version. */
  private static void checkRecordedNames(Connection c) throws SQLException {
    List<Migration> known = all();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
      while (r.next()) {
        int version = r.getInt(1);
        String name = r.getString(2);
        if (version <= known.size() && !known.get(version - 1).name().equals(name)) {
          throw new SQLException(
              "the store's schema version "
                  + version
                  + " is '"
                  + name
                  + "' but this build's is '"
                  + known.get(version - 1).name()
                  + "': the store was written by a development build whose migrations were"
                  + " numbered otherwise; ingest the documents into a new store");
        }
      }
    }
  }

  /** The highest applied version, 0 for a new database. */
  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Every migration in the index, checked to be numbered 1, 2, 3… */
  static List<Migration> all() {
    List<Migration> out = new ArrayList<>();
    for (String file : lines(DIR + "index.txt")) {
      Matcher m = NAME.matcher(file);
      if (!m.matches()) {
        throw new IllegalStateException("bad migration name " + file);
      }
      int version = Integer.parseInt(m.group(1));
      if (version != out.size() + 1) {
        throw new IllegalStateException("migration " + file + " is out of order");
      }
      out.add(new Migration(version, m.group(2), String.join("\n", resourceLines(DIR + file))));
    }
    return out;
  }

  /** Splits a script at semicolons that end a line; our scripts keep no semicolons in literals. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String code = line.replaceFirst("--.*$", "").strip();
      if (code.isEmpty()) {
        continue;
      }
      current.append(code).append('\n');
      if (code.endsWith(";")) {
        out.add(current.toString().strip().replaceFirst(";$", ""));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static List<String> lines(String resource) {
    return resourceLines(resource).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static List<String> resourceLines(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
