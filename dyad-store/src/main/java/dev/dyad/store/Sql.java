package dev.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** SQL statements from {@code sql/<name>.sql} resources, and small binding helpers. */
final class Sql {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Sql() {}

  static String get(String name) {
    return CACHE.computeIfAbsent(name, Sql::load);
  }

  private static String load(String name) {
    String resource = "sql/" + name + ".sql";
    try (InputStream in = Sql.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceFirst(";$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void setString(PreparedStatement p, int i, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      p.setString(i, value.get());
    } else {
      p.setNull(i, Types.VARCHAR);
    }
  }

  static void setDate(PreparedStatement p, int i, Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      p.setDate(i, Date.valueOf(value.get()));
    } else {
      p.setNull(i, Types.DATE);
    }
  }

  static Optional<String> string(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }
}
