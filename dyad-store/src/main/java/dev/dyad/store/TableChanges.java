package dev.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows an update of claims (or assessments) changes, collected while the new ones are merged
 * and written at the end in a few statements: the old rows of every changed item are deleted, the
 * mention rows only from the first that differs (a report added at the end of a long claim rewrites
 * one row, not the claim's hundreds), then the new rows are appended.
 *
 * @param <T> a claim or an assessment
 * @param <M> its mentions
 */
final class TableChanges<T, M> {
  /** How one item is written: its id, its mentions, and its rows. */
  interface Rows<T, M> {
    String id(T item);

    List<M> mentions(T item);

    void appendItem(Appender a, T item) throws SQLException;

    void appendMention(Appender a, T item, int ordinal, M mention) throws SQLException;
  }

  private final String table;
  private final String mentionTable;
  private final String idColumn;
  private final Rows<T, M> rows;
  private final List<String> dropped = new ArrayList<>();
  private final List<Cut> cuts = new ArrayList<>();
  private final List<T> written = new ArrayList<>();
  private final List<Cut> fromOrdinal = new ArrayList<>();
  private final List<T> writtenMentions = new ArrayList<>();

  private record Cut(String id, int from) {}

  TableChanges(String table, String mentionTable, String idColumn, Rows<T, M> rows) {
    this.table = table;
    this.mentionTable = mentionTable;
    this.idColumn = idColumn;
    this.rows = rows;
  }

  /**
   * Records the change from {@code before} to {@code after}, the items of one key (one claim key,
   * one topic and direction), matched by id. The lists may hold just the items that changed: an
   * item of neither stays as written.
   */
  void change(List<T> before, List<T> after) {
    java.util.Map<String, T> old = new java.util.HashMap<>();
    for (T item : before) {
      old.put(rows.id(item), item);
    }
    for (T item : after) {
      String id = rows.id(item);
      T was = old.remove(id);
      if (was == null) {
        written.add(item);
        writtenMentions.add(item);
        fromOrdinal.add(new Cut(id, 0));
      } else if (was != item && !was.equals(item)) {
        int same = samePrefix(rows.mentions(was), rows.mentions(item));
        dropped.add(id);
        written.add(item);
        if (same < rows.mentions(was).size()) {
          cuts.add(new Cut(id, same));
        }
        if (same < rows.mentions(item).size()) {
          writtenMentions.add(item);
          fromOrdinal.add(new Cut(id, same));
        }
      }
    }
    for (String id : old.keySet()) {
      dropped.add(id);
      cuts.add(new Cut(id, 0));
    }
  }

  private static <M> int samePrefix(List<M> a, List<M> b) {
    int n = Math.min(a.size(), b.size());
    int i = 0;
    while (i < n && Objects.equals(a.get(i), b.get(i))) {
      i++;
    }
    return i;
  }

  boolean isEmpty() {
    return dropped.isEmpty() && written.isEmpty();
  }

  /** Rows changed: items written plus items dropped. */
  int size() {
    return dropped.size() + written.size();
  }

  /** Deletes and appends, inside the caller's transaction. */
  void write(Connection c) throws SQLException {
    if (!dropped.isEmpty() || !cuts.isEmpty()) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE OR REPLACE TEMPORARY TABLE changed_items (id VARCHAR, from_ordinal INTEGER)");
      }
      try (Appender a = Appender.ofTemporary(c, "changed_items")) {
        for (Cut cut : cuts) {
          a.row().add(cut.id()).add(cut.from()).end();
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "DELETE FROM "
                + mentionTable
                + " m USING changed_items t WHERE m."
                + idColumn
                + " = t.id AND m.ordinal >= t.from_ordinal");
        s.execute("DELETE FROM changed_items");
      }
      try (Appender a = Appender.ofTemporary(c, "changed_items")) {
        for (String id : dropped) {
          a.row().add(id).add(0).end();
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "DELETE FROM " + table + " WHERE " + idColumn + " IN (SELECT id FROM changed_items)");
        s.execute("DROP TABLE changed_items");
      }
    }
    try (Appender a = Appender.of(c, table)) {
      for (T item : written) {
        rows.appendItem(a, item);
      }
    }
    try (Appender a = Appender.of(c, mentionTable)) {
      for (int i = 0; i < writtenMentions.size(); i++) {
        T item = writtenMentions.get(i);
        List<M> mentions = rows.mentions(item);
        for (int o = fromOrdinal.get(i).from(); o < mentions.size(); o++) {
          rows.appendMention(a, item, o, mentions.get(o));
        }
      }
    }
  }
}
