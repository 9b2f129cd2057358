package dev.dyad.store;

import dev.dyad.core.claims.ClaimEvidence;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.ClaimPeriod;
import dev.dyad.core.coding.modality.Modality;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ClaimEvidence} to rows of {@code claim_evidence} and back. The store writes no sentence or
 * URI with a claim mention (they are read from the events), so kept evidence has neither: {@link
 * #kept} drops them from fresh evidence, so that fresh and loaded evidence make equal claims.
 */
final class EvidenceRows {
  private EvidenceRows() {}

  /** What the store keeps of {@code e}: the same, without the sentence and the URI. */
  static ClaimEvidence kept(ClaimEvidence e) {
    ClaimMention m = e.mention();
    return new ClaimEvidence(
        e.key(),
        new ClaimMention(
            m.docId(),
            "",
            m.familyId(),
            "",
            m.sentenceIndex(),
            m.modality(),
            m.modalityCue(),
            m.eventId(),
            m.published(),
            m.eventDate(),
            m.historical()),
        e.source(),
        e.target(),
        e.objectClass(),
        e.period(),
        e.sourcePosition(),
        e.arrival());
  }

  static void append(Appender a, ClaimEvidence e) throws SQLException {
    ClaimMention m = e.mention();
    a.row()
        .add(m.eventId())
        .add(e.key())
        .add(e.arrival())
        .add(m.docId())
        .add(m.familyId())
        .add(m.sentenceIndex())
        .add(m.modality().label())
        .add(m.modalityCue())
        .date(m.published())
        .add(e.source())
        .add(e.target())
        .add(e.objectClass())
        .date(e.period().map(ClaimPeriod::start))
        .date(e.period().map(ClaimPeriod::end))
        .add(e.sourcePosition())
        .add(m.eventDate()) // added by V7: the last column
        .end();
  }

  /** The kept evidence of these claim keys, by key (a key with none is absent). */
  static Map<String, List<ClaimEvidence>> load(Connection c, Collection<String> keys)
      throws SQLException {
    return load(c, keys, Long.MIN_VALUE);
  }

  /**
   * As {@link #load(Connection, Collection)}, for keys none of whose evidence arrived before {@code
   * since}: the rows before it are not read.
   */
  static Map<String, List<ClaimEvidence>> load(Connection c, Collection<String> keys, long since)
      throws SQLException {
    Map<String, List<ClaimEvidence>> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMPORARY TABLE wanted_keys (claim_key VARCHAR)");
    }
    try (Appender a = Appender.ofTemporary(c, "wanted_keys")) {
      for (String key : keys) {
        a.row().add(key).end();
      }
    }
    // Read by position, dates as day numbers, and every repeated string as a number into one
    // list of the distinct strings read first: a touched hot key reads back tens of thousands of
    // rows, and the JDBC driver makes a Java string of every VARCHAR value of every row it fetches,
    // which cost most of the read (1.1 s against 0.65 s for the 285,000 pieces that the first
    // batch of a 1,000-document increment touches in a 100,000-document store). Only the event id
    // is read as text: it is unique to its row. Documents, families, codes, days and periods are
    // one object each, which keeps the cache small.
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE wanted_evidence AS SELECT e.*"
              + " FROM claim_evidence e JOIN wanted_keys k USING (claim_key)"
              + " WHERE e.arrival >= "
              + since);
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE wanted_strings AS"
              + " SELECT v, CAST(row_number() OVER () - 1 AS INTEGER) AS i FROM (SELECT DISTINCT v"
              + " FROM (SELECT claim_key AS v FROM wanted_evidence"
              + " UNION ALL SELECT doc_id FROM wanted_evidence"
              + " UNION ALL SELECT family_id FROM wanted_evidence"
              + " UNION ALL SELECT modality FROM wanted_evidence"
              + " UNION ALL SELECT modality_cue FROM wanted_evidence"
              + " UNION ALL SELECT source FROM wanted_evidence"
              + " UNION ALL SELECT target FROM wanted_evidence"
              + " UNION ALL SELECT object_class FROM wanted_evidence"
              + " UNION ALL SELECT event_date FROM wanted_evidence) WHERE v IS NOT NULL)");
    }
    List<String> strings = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT v FROM wanted_strings ORDER BY i")) {
      while (r.next()) {
        strings.add(r.getString(1));
      }
    }
    Values values = new Values(strings);
    // A key's events are all historical or none is: the key says which (no column needed).
    Map<String, Boolean> historical = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT k.i, d.i, f.i, e.sentence_index, m.i, coalesce(q.i, -1), e.event_id,"
                    + " e.published - DATE '1970-01-01', o.i, coalesce(t.i, -1),"
                    + " coalesce(x.i, -1), e.period_start - DATE '1970-01-01',"
                    + " e.period_end - DATE '1970-01-01', e.source_position, e.arrival,"
                    + " coalesce(y.i, -1)"
                    + " FROM wanted_evidence e"
                    + " JOIN wanted_strings k ON k.v = e.claim_key"
                    + " JOIN wanted_strings d ON d.v = e.doc_id"
                    + " JOIN wanted_strings f ON f.v = e.family_id"
                    + " JOIN wanted_strings m ON m.v = e.modality"
                    + " LEFT JOIN wanted_strings q ON q.v = e.modality_cue"
                    + " JOIN wanted_strings o ON o.v = e.source"
                    + " LEFT JOIN wanted_strings t ON t.v = e.target"
                    + " LEFT JOIN wanted_strings x ON x.v = e.object_class"
                    + " LEFT JOIN wanted_strings y ON y.v = e.event_date")) {
      while (r.next()) {
        String key = values.string(r.getInt(1));
        ClaimEvidence e =
            new ClaimEvidence(
                key,
                new ClaimMention(
                    values.string(r.getInt(2)),
                    "",
                    values.string(r.getInt(3)),
                    "",
                    r.getInt(4),
                    values.modality(r.getInt(5)),
                    values.optional(r.getInt(6)),
                    r.getString(7),
                    values.day(r, 8),
                    values.optional(r.getInt(16)),
                    historical.computeIfAbsent(key, ClaimMerger::historicalKey)),
                values.string(r.getInt(9)),
                values.optional(r.getInt(10)),
                values.optional(r.getInt(11)),
                values.period(r, 12, 13),
                r.getInt(14),
                r.getLong(15));
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE wanted_evidence");
      s.execute("DROP TABLE wanted_strings");
      s.execute("DROP TABLE wanted_keys");
    }
    return out;
  }

  /** One object for each repeated value of a load. */
  private static final class Values {
    private final List<String> strings;
    private final Map<Integer, Optional<String>> optionals = new HashMap<>();
    private final Map<Integer, Modality> modalities = new HashMap<>();
    private final Map<Long, Optional<LocalDate>> days = new HashMap<>();
    private final Map<Span, Optional<ClaimPeriod>> periods = new HashMap<>();

    private record Span(long start, long end) {}

    Values(List<String> strings) {
      this.strings = strings;
    }

    /** The string numbered {@code i} in the load's list of distinct strings. */
    String string(int i) {
      return strings.get(i);
    }

    /** As {@link #string}, or empty for -1 (a NULL). */
    Optional<String> optional(int i) {
      return i < 0 ? Optional.empty() : optionals.computeIfAbsent(i, x -> Optional.of(string(x)));
    }

    Modality modality(int i) {
      return modalities.computeIfAbsent(i, x -> Modality.ofLabel(string(x)));
    }

    /** The date in column {@code i}, read as days since 1970-01-01. */
    Optional<LocalDate> day(ResultSet r, int i) throws SQLException {
      long d = r.getLong(i);
      return r.wasNull()
          ? Optional.empty()
          : days.computeIfAbsent(d, x -> Optional.of(LocalDate.ofEpochDay(x)));
    }

    /** The period from columns {@code start} and {@code end}, read as days since 1970-01-01. */
    Optional<ClaimPeriod> period(ResultSet r, int start, int end) throws SQLException {
      long s = r.getLong(start);
      if (r.wasNull()) {
        return Optional.empty();
      }
      long e = r.getLong(end);
      return periods.computeIfAbsent(
          new Span(s, e), x -> Optional.of(new ClaimPeriod(day(s), day(e))));
    }

    private LocalDate day(long d) {
      return days.computeIfAbsent(d, x -> Optional.of(LocalDate.ofEpochDay(x))).get();
    }
  }
}
